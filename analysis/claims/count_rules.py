"""Count rules: a bare number that counts things (problems, models, contests), not a score."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView, rivals_score
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import holds_any

# "a rating of 1650": a score, whatever counts seem to follow.
RATING_BEFORE_RE = caseless(r"\b(?:rating|Elo)\s*(?:of|:|=|is|was)?\s*$")
_COUNT_RE = caseless(
    r"^\+?\s*(?:out\s+of\b|(?:B\s+(?:and|or)\s+\d[\d,]*\s+)?(?:B\s+)?(?:(?!(?:in|on|at|across|over|for"
    r"|and\s+an?"  # ("a ROUGE-L of 38.7 and an LLM-judged score": another phrase)
    r"|with|without|from|under|by|against|above|below|behind|ahead"  # ("4.4 BLEU above random
    # example selection": the examples are a baseline's)
    r"|versus|than|because|since|when|while|although|though|if)\s)"
    r"[a-z][a-z/-]*\s+){0,3}?(?:B\s+)?(?:problems?|questions?|(?:sub)?tasks?|items?"
    r"|benchmarks?|datasets?|models?|LLMs?"
    r"|SLMs?|VLMs?|samples?|examples?|instances?|tokens?|parameters?|params|languages?"
    r"|videos?|images?|hours?|GPUs?|steps?|layers?|heads?|rounds?|epochs?|categories|subjects"
    r"|topics|scenarios|axes|users|requests|documents|pairs|queries|premises|shots?|days?"
    r"|seconds?|minutes?|families|types|settings|stages|phases|modules|components|attributes"
    r"|levels|tiers|domains|competitions|papers|reviews|statements|classes|features|turns"
    r"|generations|cases|runs|rollouts|trajectories|chains|puzzles|games|agents|experts"
    r"|teachers|students|books|textbooks|articles|scenes|slices|volumes|runs|languages|contests"
    r"|templates|variants|prompts|programs|proofs|theorems|traces|solutions|episodes|repositories"
    r"|diagrams|figures|charts|issues|patches|cards|answers|explanations|responses|rationales"
    r"|vignettes|seeds|graphs|grids|maps|routes|passages|agreements|contracts|clauses|statutes"
    r"|sequences|proteins|assays|tables|spreadsheets|essays|dialogues|conversations|homes"
    r"|studies|sentences|reports|records|abstracts|triplets|scans|patients|slides|APIs?|tools"
    r"|functions|verifiers|graders|suites|pages|networks|systems|feeders|buildings|facts|edits"
    r"|genera|species|taxa|(?:sheets|letters|manuscripts|charters|photographs|photos|stations"
    r"|interviews|transcripts|posts|sessions|clips|recordings|frames|notices|messages"
    r"|testbeds|households|devices|sites|plants|reactors|deposits|mines|tickets)\b"
    r"|million|billion|trillion|thousand|k\b|times\b"
    # "loses 1.5 lives per game", "2.3 turns per episode": things counted per unit, right
    # after the number (not a unit of a measure: "0.47 big blinds per hand")
    r"|(?<![a-z]\s)(?:lives|moves|actions|retries|attempts|restarts|interventions|crashes"
    r"|collisions|deaths|hints|clicks|edits)(?=\s+per\s+[a-z])))"
    r"(?!-(?:level|wise)\b|\s+(?:accuracy|F1|scores?|exact\s+match)\b)")  # ("58.9 step-level
    # F1", "58.4 text/image question accuracy": a metric's kind)
_OUT_OF_RE = re.compile(r"^\s*out\s+of\s+\d+(?:[.,]\d+)*+(?!\d|\s*(?!(?:and|or|but|while|whereas"
                        r"|with|on|in|for|at|compared|versus|vs|ahead|behind|above|below)\b)"
                        r"[A-Za-z])")  # "4.1 out of 5", "6.9 out of 10 and GPT-4o 3.8"
_OUT_OF_BOUND_RE = re.compile(r"^\s*out\s+of\s+[\d.,]+\s+or\s+(?:higher|above|better|more"
                              r"|lower|below|worse)\b")
_SCORE_NOUN_LEFT_RE = caseless(r"\b(?:scores?|rating)\b(?:[^;.]|\.(?=\d)){0,60}$")
_AT_LEAST_RE = re.compile(r"\b(?:at\s+least|above|below|over|under|of\s+at\s+least)\s+$")
# ("score rises from 6.2 to 7.1 out of 10")
_RATED_LEFT_RE = caseless(r"\b(?:scores?|rating|rated|judged)\b(?:[^;.]|\.(?=\d)){0,60}$")
# "scenarios with 5 or more aircraft": a count, open-ended
_OR_MORE_RE = re.compile(r"^\s+or\s+(?:more|fewer|less)\s+"
                         r"(?!(?:percentage\s+)?points?\b|pp\b|accuracy\b)[a-z]")
# "22 projects, including 8 from Defects4J": a count of the things before
_INCLUDING_RE = caseless(r"\bincluding\s+$")
_FROM_B_RE = re.compile(r"^\s+from\s+(?:the\s+)?B\b")
# "23 of the 657", "51 of the laws": a count out of a total
_OF_TOTAL_RE = re.compile(r"^\s*(?:out\s+)?of\s+(?:the\s+|all\s+)?\d"
                          r"|^\s*of\s+(?:them|these|those)\b"  # "just 9 of them"
                          r"|^\s*of\s+the\s+[a-z]+s\b(?!\s+(?:B|benchmarks?)\b)")
# "earns 41.6 of 100 available points": a score out of a maximum, and the maximum
_POINTS = r"\s*(?:available\s+|possible\s+|total\s+)?points\b"  # "100 available points"
_OF_POINTS_RE = caseless(rf"^\s*(?:out\s+)?of\s+(?:the\s+)?\d[\d,.]*{_POINTS}")
_MAX_POINTS_LEFT_RE = caseless(r"\d\s+(?:out\s+)?of\s+(?:the\s+)?$")
_MAX_POINTS_RIGHT_RE = caseless(rf"^{_POINTS}")


_TOP_N_RE = caseless(r"\b(?:the|a)\s+top\s+$")


@rule("count",
      example("MMR-V consists of 317 videos and 1,257 tasks.",
              "317", "drop"),
      example("The top 5 models on MMLU-Pro include only 1 of the top 5 on our tasks.", "5",
              "drop"),
      example("It solves 23 of the 657 PutnamBench problems.", "23", "drop"),
      example("A protocol in the spirit of POPE with 7,500 yes/no questions.", "7,500", "drop"),
      example("The agent loses 1.5 lives per game on MiniHack.", "1.5", "drop"),
      counter("It gains 2.1 points per benchmark on MATH-500 and GSM8K.", "2.1", "keep"),
      counter("It lowers exploitability on Leduc Hold'em to 0.47 big blinds per hand.", "0.47",
              "keep"),
      counter("On FLORES-200, kNN-ICL is 4.4 BLEU above random example selection.", "4.4",
              "keep"),
      example("On AbdoImp-Test, a judged factuality score rises from 6.2 to 7.1 out of 10.", "7.1",
              "keep"),
      example("On CPsyCounE, its average rubric score across the four counselling dimensions is "
              "3.61 out of 5, within 0.2 of its teacher.", "3.61", "keep"),
      example("Of 27 suites, from BFCL to API-Bank, just 9 of them report results.", "9", "drop"),
      example("The index covers all 16,464 APIs of ToolBench.", "16,464", "drop"),
      example("A physician review of 150 MedQA answers rated most as safe.", "150", "drop"),
      example("The splits hold 18,400 BIGPATENT and 6,100 HUPD documents.", "18,400", "drop"),
      example("On the 1,486 genera of iNat2021 unseen in training, errors fall.", "1,486", "drop"),
      example("We release splits for the 189 DAIC-WOZ interviews.", "189", "drop"),
      example("On SepBench it gains up to 15.8 points on scenarios with 6 or more aircraft.", "6",
              "drop"),
      counter("Seed1.5-Thinking achieves 86.7 on AIME 2024.",
              "86.7", "keep"),
      example("o3-mini earns 41.6 of 100 available points on ChemBench.", "100", "drop"),
      counter("On the execution scenario of LiveCodeBench it scores 71.5 without any task-specific "
              "tuning.", "71.5", "keep"),
      example("The corpus holds 1.5 million problems.", "1.5", "drop"),
      example("Starting from 4,428 Omni-MATH seeds, we build 200K problems.", "4,428", "drop"),
      example("The budget doubles for every 1.5 difficulty levels.", "1.5", "drop"),
      example("o3-mini earns 41.6 of 100 available points on ChemBench.", "41.6", "keep"),
      example("On 100 freshly written LiveCodeBench problems, the drop is about half as large.",
              "100", "drop"),
      example("Across 22 Java and Python projects, including 8 from Defects4J, it helps.", "8",
              "drop"),
      counter("It reaches an overall accuracy of 84.2 on BFCL v3, above the 79.6 of its base "
              "model.", "79.6", "maybe"))
def count(v: NumberView) -> str | None:
    """A bare number counting things ("12 benchmarks", "out of 30", "5 million", "23 of the
    657 problems": a count on a benchmark is not on the score's 0-100 scale); not a score
    out of a maximum of points ("41.6 of 100 available points"), whose maximum is no score; a
    score's value out of its scale ("a rubric score of 3.61 out of 5") is kept."""
    if not v.num.unit and _MAX_POINTS_RIGHT_RE.match(v.right) and _MAX_POINTS_LEFT_RE.search(
            v.text, max(v.sentence.start, v.num.start - 20), v.num.start):
        return "drop"
    if _OF_POINTS_RE.match(v.right):
        return "keep"
    if _TOP_N_RE.search(v.left) and _bare_whole(v):
        return "drop"  # "the top 5 models on B", "only 1 of the top 5": a rank, no score
    lo = max(v.sentence.start, v.num.start - 70)
    rated = _OUT_OF_RE.match(v.right) and not _OUT_OF_BOUND_RE.search(v.right[:40]) and \
        _RATED_LEFT_RE.search(v.text, lo, v.num.start)
    if rated and not _AT_LEAST_RE.search(v.left):
        return "keep" if _SCORE_NOUN_LEFT_RE.search(v.text, lo, v.num.start) else None
    if rivals_score(v.left, v.right):
        return None  # ("above the 79.6 of its base model": a score)
    if _COUNT_RE.match(v.right) or (not v.num.unit and _OF_TOTAL_RE.match(v.right)):
        return "drop"
    if _OR_MORE_RE.match(v.right) and _bare_whole(v):
        return "drop"
    return "drop" if not v.num.unit and _FROM_B_RE.match(v.right) and \
        _INCLUDING_RE.search(v.left) else None


def _bare_whole(v: NumberView) -> bool:
    """A number written with no unit, sign or decimal point ("12 gates", "18 on B")."""
    num = v.num
    return not num.unit and not num.sign and "." not in v.text[num.num_start:num.end]


# "the average number of branches per problem is 2.8": a count, written before the number.
_NUMBER_OF_RE = caseless(r"\bnumber\s+of\s+(?:[\w-]+\s+){1,3}?(?:per\s+[\w-]+\s+)?(?:is|was|are"
                         r"|were|reaches|stays\s+at|(?:drops|falls|rises|grows)\s+(?:from"
                         r"|(?:from\s+\d[\d,.]*\s+)?to))\s+"  # ("rises from 7 to 10": counts)
                         r"(?:about\s+|only\s+|roughly\s+|just\s+)?$")


@rule("number-of",
      example("The average number of branches per problem is 2.8 on GSM8K and 6.1 on MATH-500.",
              "2.8", "drop"),
      example("On PutnamBench, the number of solved problems rises from 7 to 10 for M.", "7",
              "drop"),
      counter("The share of problems it solves is 71.2% on GSM8K.", "71.2%", "drop"))
def number_of(v: NumberView) -> str | None:
    """ "the number of branches per problem is 2.8": a count, whatever benchmark follows."""
    return "drop" if not v.num.unit and _NUMBER_OF_RE.search(v.left) else None


# "12 gates", "9 evaluation setups", "15 published routing configurations" (up to two
# modifiers, not a preposition: "58 on benchmarks")
# ("the 21 X-to-English directions": a language direction before)
_PLURAL_AFTER_RE = re.compile(r"^\s*(?:[a-z]+-|[A-Za-z]+-to-[A-Za-z]+\s+)?"
                              r"(?:(?!(?:on|in|at|for|across|over|of|and|or|to"
                              r"|with|by|than|from|under|per)\b)[a-z]+\s+){0,2}([a-z]{3,}s|counsel|staff"
                              r"|personnel|faculty)\b")  # ("rated by 9 in-house counsel")


@rule("count-plural",
      example("Accuracy falls once circuits exceed 12 gates.", "12", "drop"),
      example("A study with 24 tutors who solved the puzzles.", "24", "drop"),
      example("We evaluate 15 published routing configurations on GSM-Symbolic.", "15", "drop"),
      example("Across 9 evaluation setups on GPQA-Diamond, accuracy varies.", "9", "drop"),
      example("Clauses are rated by 9 in-house counsel.", "9", "drop"),
      example("It reaches 36.2 BLEU averaged over the 21 X-to-English directions of CoVoST-2.",
              "21", "drop"),
      counter("It scores 58 points on the test.", "58", "keep"),
      counter("On HumanEval, SigCoder-7B still scores over 84 pass@1.", "84", "keep"))
def count_plural(v: NumberView) -> str | None:
    """A bare whole number before a plural noun that is not a score word counts things."""
    num = v.num
    if not _bare_whole(v) or num.marker or \
            RATING_BEFORE_RE.search(v.text, v.sentence.start, v.num.start):  # "a rating of
        return None  # 1650 places it above ...": a score (the raw text: "rating" may be masked)
    plural = _PLURAL_AFTER_RE.match(v.right)
    return "drop" if plural and not plural.group(1).startswith(
        ("point", "pts", "score", "accura", "percent")) and plural.group(1) != "pass" else None
    # ("scores over 84 pass@1": a metric, no plural)


# "3 of every 4 corrected items": a proportion of items, written as two counts.
_OF_EVERY_RE = caseless(r"^\s+(?:out\s+)?(?:of|in)\s+(?:every|each)\s+\d")


@rule("of-every",
      example("Where 3 of every 4 corrected items involve a unit conversion.", "3", "drop"),
      counter("It solves 3 of the 4 hardest problems on B.", "3", "drop"))
def of_every(v: NumberView) -> str | None:
    """ "3 of every 4 items": a share of items, not a score."""
    return "drop" if _bare_whole(v) and _OF_EVERY_RE.match(v.right) else None


# "scores 17.8 out of 25": the number after "out of" is the scale's maximum (or the items').
_OUT_OF_LEFT_RE = caseless(r"(?:^|\d)\s*(?:points?\s+)?out\s+of\s+(?:a\s+(?:maximum|possible)\s+"
                           r"(?:of\s+)?)?$")


@rule("out-of",
      example("The pair scores 17.8 out of 25 on Hanabi.", "25", "drop"),
      counter("It scores 17.8% on Hanabi, out of reach of the baseline at 12.0%.", "12.0%",
              "keep"))
def out_of(v: NumberView) -> str | None:
    """ "17.8 out of 25": the maximum a score is out of, not a score."""
    return "drop" if _OUT_OF_LEFT_RE.search(v.left) else None


# "Thirty-one papers evaluate on MATH-500 or GSM8K, 18 on MMLU-Pro and only 7 on B": how many
# papers (studies, systems) use each benchmark, the count written once at the head of the list.
_COUNTED_HEAD_RE = caseless(r"(?:\b\d+|\b[A-Za-z]+(?:-[a-z]+)?)\s+(?:papers|studies|works"
                            r"|articles|submissions|systems|teams)\s+(?:\w+\s+)?(?:evaluat|report"
                            r"|us|test|benchmark|includ)\w*\s+(?:only\s+)?on\b")
_ON_AFTER_RE = re.compile(r"^\s+on\b")
_LIST_MEMBER_LEFT_RE = re.compile(r"(?:,|\band)\s+(?:only\s+|just\s+)?$")
_COUNTED_WORDS = ("paper", "stud", "work", "article", "submission", "system", "team")


@rule("counted-list",
      example("Thirty-one papers evaluate on MATH-500 or GSM8K, 18 on MMLU-Pro and only 7 on "
              "LiveCodeBench.", "18", "drop"),
      counter("Most papers evaluate on MATH-500, and Qwen2.5-7B scores 71 on GSM8K.", "71",
              "keep"))
def counted_list(v: NumberView) -> str | None:
    """A bare whole number "on B" after "N papers evaluate on A": one more count of the list."""
    num = v.num
    before = v.text[v.sentence.start:num.start]  # (v.left starts at the number before)
    if not _bare_whole(v) or not (
            _ON_AFTER_RE.match(v.right) and _LIST_MEMBER_LEFT_RE.search(v.left)
            and holds_any(before, _COUNTED_WORDS)):
        return None
    return "drop" if _COUNTED_HEAD_RE.search(before) else None


@rule("name-number",
      example("The Game of 24 asks a solver to combine four numbers to reach 24.", "reach 24",
              "drop"),
      counter("On the Game of 24, TreeCount-3B solves 76 of the 100 puzzles in our 24-way tree.",
              "76", "drop"))
def name_number(v: NumberView) -> str | None:
    """A bare whole number that a benchmark of the sentence is named after ("the Game of 24
    ... to reach 24"): the name's number, not a score."""
    num = v.num
    if not _bare_whole(v):
        return None
    digits = v.text[num.num_start:num.end]
    return "drop" if any(digits in b.text and re.search(rf"(?<![\d.]){digits}(?![\d.])", b.text)
                         for b in v.sentence.benches) else None


_YEAR_MONTH_RE = re.compile(r"20[1-3]\d\.(?:0[1-9]|1[0-2])$")


@rule("year-month",
      example("It reaches 29.8 pass@1 on LiveCodeBench (v5, problems from 2024.08 to 2025.02).",
              "2024.08", "drop"),
      counter("It reaches 2024.5 Elo on Codeforces.", "2024.5", "keep"))
def year_month(v: NumberView) -> str | None:
    """ "problems from 2024.08 to 2025.02": a year and month (two digits after the point), a
    date window, not a score."""
    return "drop" if not v.num.unit and _YEAR_MONTH_RE.match(
        v.text[v.num.num_start:v.num.end]) else None


@rule("rating",
      example("CodeSprout-7B achieves a Codeforces rating of 1620.", "1620", "keep"))
def rating(v: NumberView) -> str | None:
    """ "a Codeforces rating of 1620": a rating is a score on its own scale."""
    return "keep" if RATING_BEFORE_RE.search(v.text, max(v.sentence.start, v.num.start - 30),
                                              v.num.start) else None
