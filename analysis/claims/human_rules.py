"""Human rules: results of people (experts, annotators, participants), no model's score."""

from __future__ import annotations

import functools
import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import contains_any
from analysis.claims.sentence import mask

_HUMAN_RE = caseless(r"\bhumans\b|\bhuman\s+(?:performance|evaluations?|level|baselines?|success|"
                     r"researchers|accuracy|experts?|annotators?|participants?|contestants?|solvers?|raters?"
                     r"|graders?|volunteers?|competitors?|pairs?|teams?|groups?|listeners?|drivers?|players?"
                     r"|readers?|subjects?|operators?|amateurs?|guides?)\b"
                     r"|\b(?:specialist|expert)\s+panels?\b"  # ("The specialist panel scores")
                     # "human tax preparers", "human chess coaches": people of some trade
                     r"|\bhuman\s+(?:[a-z-]+\s+)?(?!answers\b|papers\b|letters\b)[a-z]+(?:ers|ists"
                     r"|ians|ches)\b"
                     r"|\bby\s+humans?\b|\bprofessional\s+(?:accuracy"
                     r"|performance)\b"
                     # "domain experts answer 81%", not a "mixture-of-experts" model
                     # ("pruning half of the experts", "routed experts": a model's parts; a merge's)
                     r"|(?<!of-)(?<!of )(?<!of the )(?<!routed )(?<!active )(?<!shared )"
                     r"(?<!the source )(?<!the individual )(?<!best individual )"
                     r"(?<!the corresponding )"
                     r"\bexperts\b(?!\s+(?:active|activated|per\s+(?:token|layer)))"  # (MoE's)
                     r"|\b(?:(?<!inter-)annotators?|testers|analysts|faculty|alumni|educators"
                     r"|(?:physics|math|mathematics|science|school|human)\s+teachers|clinicians|physicians"
                     r"|(?:board-certified|attending|practi[sc]ing|licensed)\s+(?:clinician|physician)s?"
                     r"|biologists|chemists|physicists|mathematicians|radiologists|pharmacists"
                     r"|(?:data|domain|materials|computer|social|research|senior|expert"
                     r"|professional|human|citizen|bilingual|practi[sc]ing|working|medical"
                     r"|clinical)\s+(?:[a-z-]+\s+)?scientists"
                     r"|participants|developers|programmers|reviewers|editors|engineers|attorneys|lawyers"
                     r"|paralegals|geneticists|instructors|forecasters|musicologists|geologists"
                     r"|[a-z]+ographers|[a-z]+ologists"  # ("sonographers", "methodologists")
                     r"|accountants|auditors|actuaries|practitioners|adults|dietitians|nutritionists"
                     r"|agronomists|veterinarians|astronomers|astrophysicists"
                     r"|cardiologists|meteorologists|climatologists|pathologists|oncologists"
                     r"|crowd[\s-]?workers|novices|professionals|validators|nurses|doctors|respondents|test-takers"
                     r"|curators|counsell?ors|(?:in-house|outside|legal)\s+counsel|(?<=by\s)(?:[\w-]+\s+){0,2}staff|linguists|epigraphers|clerks|merchandisers|technicians|technologists"
                     # ("procurement officers solve 91%", "the dentists themselves scored":
                     # the subject; not "reports from police officers, M reaches")
                     r"|(?:officers|dentists|hygienists|[a-z]*odontists|investigators|examiners"
                     r"|dancers)(?=\s+(?:(?!and\b|it\b)[\w-]+\s+){0,2}?"
                     r"(?:solv|answer|scor|reach|achiev|averag|attain|obtain|perform)\w*)"
                     r"|consumers|travell?ers|native-speaking\s+[a-z]+s|apprentices|listeners"
                     # ("while hobbyists reach 63.0%", "achieved by trainee officers."; not
                     # "enthusiasts of small models will find")
                     r"|(?:hobbyists|enthusiasts|trainees|trainee\s+[a-z]+s)(?=\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:solv|answer|scor|reach|achiev|averag|attain|obtain)\w*|\s*[.,;]|\s*$)"
                     r"|master\s+[a-z]+(?:ers|ors)"  # ("master brewers reach 91.4")
                     # ("Retina specialists answer 86.5%", "40 amateur musicians", "Candidates
                     # in a pilot study answered", "24 candidates who had passed the exam")
                     r"|(?<!of\s)(?<!respective\s)(?<!individual\s)specialists|musicians|taxonomists"
                     r"|(?-i:\bCandidates\b)|advis[eo]rs"
                     # "42 textile students" (not "the 12 students", "8 distilled students":
                     # models of a distillation)
                     r"|(?<=\d\s)(?![a-z]+ed\s)(?!(?:small|tiny|compact|open|smaller)\s)[a-z]+"
                     r"\s+students"
                     r"|candidates(?=\s+who\b)"
                     r"|crowdworkers|native[\s-]speaker\s+(?:solvers|annotators|raters|judges)"
                     r"|undergraduates|medall?ists|contestants|(?:club|chess|amateur|expert)\s+players|(?:graduate|graduating|undergraduate|phd"
                     r"|university|college|(?:high|middle)[\s-]school|school|human|law|medical|conservatory|doctoral)"
                     r"\s+(?:[a-z]+\s+)?students)\b|\bdomain\s+experts\b|\bexpert\s+(?:[a-z]+\s+)?users\b"
                     # "Students averaged 61%" (not "Student models", not the distilled ones)
                     r"|(?-i:\bStudents\b)(?!\s+(?:models?|networks?|LLMs?|SLMs?)\b|\s+(?:below"
                     r"|under|above|over|of|with|at|up\s+to)\s+\d)"  # "Students below 1B"
                     r"|\btop\s+(?:decile|quartile|percentile)\b(?!\s+of\s+(?:models|systems))|\bnative[\s-]speakers?(?:\s+(?:accuracy|performance))?\b(?<!speaker)|\bhuman\s+"
                     r"average\b|\bexpert\s+(?:solvers|annotators?|judges|raters|graders|[a-z]+(?:ists|ians|ors))\b"
                     # "a human upper bound of 88.5%", "24 administrators preferred ..."
                     r"|\bhuman\s+(?:upper\s+bound|ceiling)\b|\badministrators\b"
                     # "Specialists answered 82.4%", "Expert human agents resolve 89%",
                     # "final-year students reached 66.0%"
                     r"|(?-i:\bSpecialists\b)(?=\s+(?:answer|scor|reach|achiev|solv)\w*)"
                     r"|\b(?:human|licensed|certified|real[\s-]estate)\s+(?:support\s+|service\s+)?agents\b"
                     r"|\bformer\s+(?:[a-z]+\s+)?(?:operators|controllers|employees|engineers"
                     r"|technicians|inspectors|workers|officers|nurses|staff)\b|\b(?:final|first|second|third|fourth)"
                     r"-year\s+students\b"
                     # "human viewers", "test takers", "median contestant submissions"
                     r"|\bhuman\s+[a-z]+(?:ers|ors)\b|\btest\s+takers\b"
                     r"|\bstudents(?=,?\s+who\b)"  # ("hydrology students, who answer 95%")
                     r"|\b(?:median|average|typical)\s+contestants?\b"
                     # "volunteer solvers", "competitive puzzlers"
                     r"|\bvolunteers?\b|\bpuzzlers\b"
                     # "licensed operators solve 88.5%", "archivists", "keyers" (not a model's
                     # "operators" of a formula)
                     r"|\b(?:licensed|certified|professional|experienced|senior|trained|expert)"
                     r"\s+(?:grid\s+|control-room\s+)?(?:operators|dispatchers)\b|\b(?:archivists"
                     r"|historians|paleographers|palaeographers|transcribers|keyers|librarians"
                     r"|pilots|air\s+traffic\s+controllers)\b"
                     # "Expert shoppers", "expert maintenance planners", "fluent Deaf signers":
                     # skilled people of any trade (not "expert routers", a model's parts)
                     r"|\b(?:expert|fluent|skilled|experienced|deaf|blind|sighted|practi[cs]ing"
                     r"|licensed|certified|senior|veteran|retired)"  # ("senior planners")
                     r"\s+(?:[a-z]+(?:-[a-z]+)?\s+)?"  # "expert front-desk"
                     r"(?!(?:verifi|classifi|rout|transform|retriev|encod|decod|generat|tokeniz"
                     r"|optimiz|adapt|rerank|rank|pars|predict|detect|embedd|prov)(?:ers|ors)\b)"
                     r"[a-z]+(?:ers|ors|ists|ians)\b")
# A stem of every alternative of _HUMAN_RE (its case-folded text contains one of them).
_HUMAN_STEMS = ("human", "expert", "annotator", "tester", "analyst", "faculty", "alumni", "teacher",
                "educator", "volunteer", "puzzler", "scientist", "apprentice", "master ",
                "listener", "musician", "taxonomist", "doctoral", "candidate", "advis",
                "graduat", "clinician", "physician", "biologist", "chemist",
                "reviewer", "editor", "engineer", "attorney", "lawyer", "paralegal",
                "geneticist", "instructor", "ologist", "ographer", "forecaster",  # ("musicologist")
                "accountant", "auditor", "actuar", "practitioner", "adults", "dietitian",
                "nutritionist", "agronomist", "veterinarian", "astronom", "astrophysicist",
                "physicist", "mathematician", "radiologist", "pharmacist", "participant",
                "developer", "programmer", "crowd", "novice", "professional", "validator",
                "nurse", "doctor", "respondent", "test-taker", "graduate", "medal", "players",
                "contestant", "phd", "native speaker", "student", "decile", "quartile",
                "percentile", "cartographer", "native-speaker", "test taker",
                "operators", "dispatchers", "archivist", "historian", "paleograph", "palaeograph",
                "transcriber", "keyers", "librarian", "pilots", "controllers", "fluent", "skilled",
                "practi", "licensed", "certified", "specialist", "administrator", "estate agent",
                "experienced", "deaf", "blind", "sighted", "curator", "counsel", "linguist",
                "epigraph", "clerk", "staff", "merchandis", "technician", "crowdworker",
                "officer", "dentist", "hygienist", "odontist", "retired", "former",
                "technologist", "consumer", "travel", "native-speaking", "senior", "veteran",
                "hobbyist", "enthusiast", "trainee", "investigator", "examiner", "dancer")
_DIGIT_RE = re.compile(r"\d")
_PREFER_RE = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+(?:consistently\s+|clearly\s+)?prefer(?:s|red)?\b")
_THEIR_RE = caseless(r"\b(?:their|they)\b|\b(?:raises|lifts|brings|pushes)\s+(?:this|that)\s+"
                     r"(?:further\s+)?to\s*$")  # "..., and voting raises this to"
_MODEL_WORD_RE = caseless(r"\bM\b|\bmodels?\b")
# "Food technologists answering under the same conditions as models achieve 88.4%": models the
# people are compared with, not the clause's subject
_AS_MODELS_RE = re.compile(r"\b(?:as|than|like)\s+(?:the\s+|our\s+)?(?:models?|M)\b")
_AND_RE = re.compile(r"\b(?:and|while|whereas|but)\b")
_COMPARED_WITH_RE = caseless(r"\b(?:relative\s+to|compared\s+(?:with|to)|versus|vs\b|behind"
                             r"|against)\b")  # (not "2.3 more points than the instructors")
# A clause that is only "but only", "and just": its subject is the sentence's (a bare ", and
# 19%" is a list member: demote_rules' human-listed).
_NO_SUBJECT_RE = caseless(r"^\s*(?:only|just|still|even|also)\s*$")
_ACHIEVED_BY_RE = caseless(r"\s*(?:%|points?)?\s*(?:achieved|obtained|attained|reached|scored)"
                           r"\s+by\s+")
_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:which|who|that)\b")
# (a colon opens a clause when a model is its subject: "close part of the gap: M reaches 44.8%";
# not "a human baseline: club solvers fill 78.4%")
_CLAUSE_BREAK_RE = re.compile(r";|:(?=\s+(?:[\w-]+\s+){0,3}?M\b)|,\s*(?:and|while|whereas|where|but"
                              r"|(?:even\s+)?(?:al)?though|even\s+if|compared"
                              r"|against|versus|vs|above|below"
                              r"|exceeding|surpassing|outperforming|beating|matching|ahead|behind)\b")


# (the people a score is "for", a count and few lower-case words before them: group 1)
_FOR_PEOPLE_RE = re.compile(r"\s*(?:for|among)\s+(?:the\s+)?(?:\d[\d,]*\s+)?"
                            r"((?:[a-z][\w-]*\s+){0,3})")


# "Working with veteran traders, our agent reaches 61.2%": the people the work was done with,
# in an opening phrase, are not the clause's subject
_COMPANY_RE = caseless(r"\s*(?:(?:working|collaborating|partnering|co-designed|developed|built"
                       r"|designed)\s+(?:closely\s+)?(?:with|alongside)|together\s+with|in\s+"
                       r"(?:close\s+)?(?:collaboration|partnership|consultation)\s+with|with\s+"
                       r"(?:the\s+)?help\s+of|guided\s+by|(?:after|through)\s+interviews\s+with"
                       r")\s[^,;]{1,80},(?!\s*(?:who|whose|which)\b)")  # (", who reach 88.1%")

# "Two print production experts solved ...": experts opening the clause, then their verb
_EXPERTS_DID_RE = caseless(r"(?:^|,)\s*(?:(?:two|three|four|five|six|\d+)\s+)?"
                           r"(?:(?!of\b|the\b)[a-z-]+\s+){0,3}experts\s+(?:solv|answer|scor|reach"
                           r"|achiev|averag|attain|obtain)\w*")


@functools.lru_cache(maxsize=64)
def _first_human(text: str, start: int, end: int) -> int:
    """Where the sentence text[start:end] first names people (its end when it does not): read
    once per sentence, not once per number."""
    low = text[start:end].lower()
    if not contains_any(low, _HUMAN_STEMS):
        return end  # the words every alternative of _HUMAN_RE needs: a cheap test first
    company = _COMPANY_RE.match(text, start, end)
    found = _HUMAN_RE.search(text, company.end() if company else start, end)
    return found.start() if found else end


# "1,480 questions written by maritime lawyers": the people who made the items, not who answer
_MADE_BY_RE = caseless(r"\b(?:questions|problems|items|tasks|cases|prompts|instances|examples"
                       r"|scenarios|dialogues|conversations|documents|reports|queries|labels"
                       r"|references|answers|utterances|sentences|passages|texts|recordings"
                       r"|clauses|alerts|images)\s+(?:written|annotated|authored|curated|created|translated"
                       r"|transcribed|recorded|verified|validated|collected|labell?ed|crafted"
                       r"|drafted|prepared|contributed|sourced|phrased|posed|designed|devised"
                       r"|composed)\s+by\s+"
                       # "judged by pilots blind to the system, M wins 64%": the judges
                       r"|\b(?:judged|rated|graded|audited|checked|reviewed)"
                       r"(?:\s+on\s+an?\s+[^,;]{0,30}?)?\s+by\s+")  # ("graded on a rubric by")
_FEW_WORDS_RE = re.compile(r"(?:[\w-]+\s+){0,3}")  # ("by [senior maritime] lawyers")
_THEY_RE = caseless(r"\b(?:who|whom|they|themselves|their)\b")


@functools.lru_cache(maxsize=64)
def _only_makers(text: str, start: int, end: int) -> bool:
    """Whether every person the sentence text[start:end] names made its items."""
    ends = [m.end() for m in _MADE_BY_RE.finditer(text, start, end)]
    if not ends or _THEY_RE.search(text, ends[0], end):
        return False  # ("written by 5 teachers, who themselves answer 91.3%": they answer)
    return all(any(e <= h.start() and _FEW_WORDS_RE.fullmatch(text, e, h.start()) for e in ends)
               for h in _HUMAN_RE.finditer(text, start, end))


@rule("human",
      example("In human evaluations, GLIMPSE achieves 94.82% accuracy.",
              "94.82%", "drop"),
      example("On MapReason, untrained participants answer 81.5% of questions correctly, and "
              "expert cartographers 93.0%.", "93.0%", "drop"),
      example("On PolyChart, native-speaker accuracy is 91.7% overall.", "91.7%", "drop"),
      counter("On FishLingo, the merged model trails the best individual experts by 1.2 accuracy "
              "points on average.", "1.2", "keep"),
      example("On EchoQA, sonographers reach 89.0% on a 400-question subset.", "89.0%", "drop"),
      example("On SiteCheck, senior surveyors reach 88.0%.", "88.0%", "drop"),
      example("On TrialGrade, epidemiologists answer 82.5% of items.", "82.5%", "drop"),
      example("On OlyCode, median contestant submissions score 72.8.", "72.8", "drop"),
      example("On LSAT-Ext, test takers at the 50th percentile answer about 60% of questions.",
              "60%", "drop"),
      counter("GLIMPSE achieves 66.43% accuracy on the benchmark.",
              "66.43%", "keep"),
      counter("It ranks above most human participants, and reaches 55.0 on LiveCodeBench.",
              "55.0", "keep"),
      counter("It solves 23.8% of KnotBench, compared with 61.5% for o4-mini and 92% for human "
              "volunteers.", "61.5%", "keep"),
      example("o3-mini reaches 68.1%, and domain experts answer 81% of questions correctly.",
              "81%", "drop"),
      counter("Our mixture-of-experts model scores 60.1% on GPQA-Diamond.", "60.1%", "keep"),
      example("Expert engineers given two hours per problem solve 88.7% of the set.", "88.7%",
              "drop"),
      example("Human drivers answer 93.8% of questions correctly, whereas GPT-4o reaches 64.0%.",
              "93.8%", "drop"),
      example("Human experts answer 89.7% of questions, whereas non-expert crowd workers reach "
              "52.4%.", "52.4%", "drop"),
      example("Experts answered 82.6% of questions correctly, while novices answered 61.0%.",
              "61.0%", "drop"),
      example("It scores 94.1% on ScienceQA, above the reported human average of 88.4%.", "88.4%",
              "drop"),
      counter("It reaches 90.3% on ScienceQA, above the reported human average of 88.4%.",
              "90.3%", "keep"),
      counter("Qwen3-8B solves 38.2%, while o3-mini reaches 71.5% and human solvers average 89%.",
              "71.5%", "keep"),
      example("Legal professionals given the same time budget achieve 91%.", "91%", "drop"),
      example("On GSM8K, a panel of former olympiad medallists solves 61% of problems.", "61%",
              "drop"),
      example("On ChessRulesQA, human club players average 94.0%.", "94.0%", "drop"),
      example("Volunteers answer 58.3% alone, rising to 71.9% with a small-model assistant and to "
              "76.4% for the 30 most experienced volunteers.", "76.4%", "drop"),
      example("M reaches 42.3% on QuayWatch, far below the 88% obtained by harbour staff.", "88%",
              "drop"),
      counter("GPT-4o achieves 58.7% and InternVL3-8B 39.4%, compared with a human accuracy of "
              "91.0%.", "39.4%", "keep"),
      example("Participants solved 38% of the AMC 2023 problems, and tutor assistance raised their "
              "success rate to 57%.", "57%", "drop"),
      example("A panel of three physicians reviewed 500 MedQA vignettes and rated 93% as "
              "plausible.", "93%", "drop"),
      example("Participants complete 68.4% of OSWorld tasks, and they answer 81.0% of GAIA "
              "questions correctly.", "81.0%", "drop"),
      example("Participants solve 94.2% of GSM8K problems, and majority voting over three answers "
              "raises this to 97.8%.", "97.8%", "drop"),
      example("Students averaged 61% on the MATH subset, and the top decile exceeded 85% on both.",
              "85%", "drop"),
      counter("Student models distilled this way reach 61% on MATH.", "61%", "keep"),
      example("Participants achieved 94.1% accuracy on GSM8K items and 92.7% on GSM-Symbolic "
              "items, but only 81.3% on GSM-Symbolic-P2.", "81.3%", "drop"),
      counter("Annotators agree on 80% of items, but GPT-4o reaches only 61.3% on MATH-500.",
              "61.3%", "keep"),
      counter("Students below 1B parameters remain under 10% on AIME 2024.", "10%", "keep"),
      example("Attorneys working under a time limit answer 88.6% of StatuteHop questions.",
              "88.6%", "drop"),
      example("Law students without the statutes answer 63.5% of the questions correctly.",
              "63.5%", "drop"),
      example("Expert spreadsheet users achieve 88.6% on FormulaBench.", "88.6%", "drop"),
      example("Practising clinical geneticists score 81.5% overall on VariantTrace.", "81.5%",
              "drop"),
      example("Graduate music students average 82.5% on HarmonyBench.", "82.5%", "drop"),
      example("Certified forecasters average 83.0% on WxReason.", "83.0%", "drop"),
      example("Certified accountants working under a 30-minute limit solve 81% of the tasks.",
              "81%", "drop"),
      example("Quechua-speaking adults solve 91.2% of items.", "91.2%", "drop"),
      example("Registered dietitians achieve 88.0% under a time limit.", "88.0%", "drop"),
      example("Astronomers with spreadsheet access score 84 on ExoReason.", "84", "drop"),
      counter("On MoCa, which tests judgments against human participant responses, the NCR model "
              "reaches 64.0% accuracy.", "64.0%", "keep"),
      counter("Phi-4-mini scores 44.0% on MMToM-QA and 37.9% on MuMA-ToM, where human participants "
              "exceed 90%.", "37.9%", "keep"),
      example("Expert musicologists answer 88% of EarlyMusicQA items correctly.", "88%", "drop"),
      example("Domain experts given 30 minutes per question reach 84.0% on MatSciReason.", "84.0%",
              "drop"),
      example("All models fall far short of the 89.6% achieved by a panel of structural "
              "biologists on ProtoLogic.", "89.6%", "drop"),
      counter("It reaches 61.0% on GPQA, the score achieved by the math specialists.", "61.0%",
              "keep"),
      example("The hidden tasks were validated by 2 independent testers each, who solved 83% of "
              "them within 2 attempts.", "83%", "drop"),
      example("Analysts with SQL experience reach 91.4% on StatSQL.", "91.4%", "drop"),
      example("Expert epidemiologists with access to references achieve 86% on ZoonoBench.", "86%",
              "drop"),
      example("Graduating MPH students answered the EpiMCQ set with 67.3% accuracy, and faculty "
              "reached 84.0%.", "84.0%", "drop"),
      example("Qwen3-8B reaches an edge F1 of 0.47 on CauseTrace, compared with 0.81 for a second "
              "expert annotator.", "0.81", "drop"),
      example("Working with the full manuals, human tax preparers answer 79.5% of the questions.",
              "79.5%", "drop"),
      counter("Working with veteran traders, we find that our 3B agent reaches 61.2% on FinQA.",
              "61.2%", "keep"),
      example("Expert operators solve 93% of the SRE-Gym incidents under the same limit.", "93%",
              "drop"),
      example("Retired controllers solve 94% of ATC-Reason detection problems.", "94%", "drop"),
      example("Former operators score 91% under the same time limit.", "91%", "drop"),
      counter("On AutoYAML, the merged model drops only 3.5 points relative to the experts.",
              "3.5 points", "keep"),
      example("Human support agents resolve 83% of the tickets.", "83%", "drop"),
      counter("On HelpDeskBench, the former answers 72% of the tickets.", "72%", "keep"),
      example("Food technologists answering under the same conditions as models achieve 88.4% "
              "accuracy on ShelfLifeQA.", "88.4%", "drop"),
      example("On ColorTaste, consumers themselves reach 86% consistency with the majority answer.",
              "86%", "drop"),
      example("Two print production experts solved a sample of 240 questions with 97.1% "
              "accuracy.", "97.1%", "drop"),
      example("Certified watchmakers answer 91.5% of the expert tier, while hobbyists reach 63.0%.",
              "63.0%", "drop"),
      counter("Fine-tuned open reviewers close part of the gap: DeepReviewer-14B reaches a 44.8% "
              "win rate on ReviewArena.", "44.8%", "keep"),
      example("We also report a human baseline: club solvers fill 78.4% of GridLingua cells "
              "correctly.", "78.4%", "drop"),
      example("Both models remain far behind hydrology students, who answer 95% of those "
              "questions correctly.", "95%", "drop"),
      example("Procurement officers solve 91% of reasoning questions given unlimited time.", "91%",
              "drop"),
      example("The dentists themselves scored 78.3% against the original keys.", "78.3%", "drop"),
      example("Brewery apprentices reach 74.0, and master brewers reach 91.4.", "91.4", "drop"),
      example("Final-year students answered 68.4% of text questions correctly and practising "
              "dentists 77.9%, while radiograph questions were answered correctly at rates of "
              "61.0% and 72.5%, respectively.", "72.5%", "drop"),
      counter("On CopReports, a dataset of reports from police officers, our model PolBERT-7B "
              "reaches 91.2% accuracy.", "91.2%", "keep"),
      counter("On DENTEX, with labels provided by three dentists, DentNet-7B reaches 88.1% "
              "accuracy.", "88.1%", "keep"),
      example("o3-mini reaches 71.4% on PeerQA, against a human upper bound of 88.5%.", "88.5%",
              "drop"),
      counter("It matches the human reference answers on 71.2% of GSM8K items.", "71.2%", "keep"),
      counter("On e-CARE, human raters prefer ChainRAG explanations over those of passage "
              "retrieval in 64% of pairwise comparisons.", "64%", "keep"),
      counter("On our CharterQA benchmark of 1,480 questions written by maritime lawyers, "
              "CharterLens achieves 62.8% accuracy.", "62.8%", "keep"),
      counter("On SMCP-MT, a new test set of 6,300 utterances translated by certified maritime "
              "instructors, Mariner-MT reaches 41.3 BLEU.", "41.3", "keep"),
      counter("On our held-out AbnormalExplain set, judged by pilots blind to the system, "
              "CheckAirman-3B wins 64% of comparisons.", "64%", "keep"))
def human(v: NumberView) -> str | None:
    """Humans' results ("human performance", "human experts answer 89.7%") are no model's score;
    people who made or judged the items ("written by lawyers", "judged by pilots") do not score.

    Only in the number's own clause: "the 78th percentile of human participants, and reaches
    55.0 on B" is the model's 55.0.
    """
    first = _first_human(v.text, v.sentence.start, v.sentence.end)
    if first == v.sentence.end or _PREFER_RE.match(v.text, first, v.num.start) or \
            _only_makers(v.text, v.sentence.start, v.sentence.end):
        return None  # no people in the sentence (its windows, left and right, are inside it);
        # "human raters prefer M's explanations in 64% of comparisons": M's win rate
    left = _CLAUSE_BREAK_RE.split(v.left[-60:])[-1]
    if _MODEL_WORD_RE.search(left.rsplit(", ", 1)[-1]) and _RELATIVE_CLAUSE_RE.search(
            v.text, v.sentence.start, v.num.start):
        left = left.rsplit(", ", 1)[-1]  # "On B, which tests against human participant
        # responses, the NCR model reaches": the people of a clause about the benchmark
    right = _CLAUSE_BREAK_RE.split(_DIGIT_RE.split(v.right[:40], maxsplit=1)[0])[0]  # its own
    right = _AND_RE.split(right)[0]  # "o3-mini reaches 71.5% and human solvers average 89%"
    right = _COMPARED_WITH_RE.split(right)[0]  # "3.5 points relative to the experts": rivals
    if _DIGIT_RE.search(v.right[:40]):  # "M reaches 52.0, brewery apprentices reach 71.0": the
        right = right.split(", ")[0]  # people after the comma have a number of their own
    humans_before = first < v.num.start
    if humans_before and _THEIR_RE.search(left) and not _MODEL_WORD_RE.search(left):
        return "drop"  # "Participants solved 38%, and assistance raised their success rate to
        # 57%": "their" are the humans
    if humans_before:
        before = mask(v.text, v.sentence.start, v.num.start, v.sentence)
        clause = _CLAUSE_BREAK_RE.split(before)[-1]
        if (any(m.group().lower() != "experts" for m in _HUMAN_RE.finditer(clause)) or
                _EXPERTS_DID_RE.search(clause)) and \
                not _MODEL_WORD_RE.search(_AS_MODELS_RE.sub(" ", clause)):
            # (not "removing 50% of the experts")
            return "drop"  # "A panel of three physicians reviewed 500 vignettes and rated 93%": the
        # humans of the clause, past the number before
        if not v.sentence.models and "respectively" in v.right[:60] and \
                not _MODEL_WORD_RE.search(before):
            return "drop"  # "Students answered 68.4% and dentists 77.9%, while radiograph
            # questions were answered correctly at rates of 61.0% and 72.5%, respectively"
        if _NO_SUBJECT_RE.match(clause) and not _MODEL_WORD_RE.search(before):
            return "drop"  # "Participants achieved 94.1% on A ..., but only 81.3% on B": a clause
        # with no subject of its own has the sentence's, people and no model
    by = _ACHIEVED_BY_RE.match(v.right)  # "the 89.6% achieved by a panel of biologists"
    if by and _HUMAN_RE.search(v.right, by.end(), by.end() + 40):
        return "drop"
    group = _FOR_PEOPLE_RE.match(v.right)  # "and to 76.4% for the 30 most experienced volunteers"
    if group and (h := _HUMAN_RE.search(v.right, group.start(1), group.end() + 40)) and \
            h.start() <= group.end():
        return "drop"
    return "drop" if _HUMAN_RE.search(left + " " + right) else None
