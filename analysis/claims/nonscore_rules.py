"""Verdict rules for numbers that are not scores: people, coefficients, shares, thresholds."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.coefficient_rules import (
    coefficient,
    counterfactual,
    rating_scale,
    sample_points,
    tolerance,
)
from analysis.claims.cues import AT_BUDGET_RE, HEDGE, NumberView
from analysis.claims.human_rules import human
from analysis.claims.quantity_rules import OF_BENCHMARK_RE
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import holds_any
from analysis.claims.sentence import mask
from analysis.claims.setup_rules import setting
from analysis.claims.share_rules import data_share, share_list, share_verb

# "37% of the questions": a share, not a score, unless solved ("solves 53.3% of problems").
_SHARE_OF_RE = caseless(
    r"^\s*(?:\([^()]*\)\s*)?of\s+(?:(?:the|its|their|all|our|these|those|each|every|an?)\s+)?"
    r"(?:\d[\d,]*\s+)?"  # "fewer than 40% of 12 reference models"
    r"(?:[\w.-]+(?:'s|’s|s'|s’)\s+)?"  # "60% of QwQ-32B's AIME responses", "students' errors"
    r"(?:[\w-]+\s+){0,3}?(?:candidates|releases?|differences|mass|battery|information|variance|"
    r"comparisons|preferences|votes|"
    r"(?:questions|problems|queries|prompts|cases|samples|examples|instances|inputs|tokens|data"
    r"|training|pre-?training|compute|parameters|weights|layers|steps|budget|time|runs?|seeds"
    r"|traces|responses|outputs|tasks|items|rollouts|trajectories|documents?|corpus|stage|stages"
    r"|pool|images|pairs|reports|decisions|programs|instantiations|keys"
    r"|methods|approaches|submissions|sites|websites|pages"
    r"|phase|phases|mixture|mix|epochs?|annealing|rewards|labels|papers|studies|works|articles"
    r"|models|settings|configurations|languages|mistakes|errors|failures|gains?|improvements?"
    r"|gap|cache|kv\s+cache|heads|experts|vocabulary|solutions|answers|verdicts|judg\w*ments"
    r"|predictions|completions|instances|paraphrases|proofs|statements|variants|puzzles|cards"
    r"|rejections|acceptances|branches|nodes|calls|searches|segments|thoughts|batch|batches"
    r"|(?:relevant\s+)?episodes|attempts|lemmas|values|advantage|benefit|benchmark"
    r"|model\s+cards|submissions|repositories|leaderboards|stories|claims|ones|abstentions"
    r"|dialogues|conversations|test\s+sets|clues|descriptions|conjectures|rest|remainder"
    r"|functions|series|clusters|goals|screenshots|schemas|columns|charts|figures|plots"
    r"|diagrams|clips|recordings|files|hypotheses|passages|records|notes|scenarios|teams|utterances"
    r"|debates|targets|frames|tables|filings|criteria))\b(?!\s+correctly\b)"  # (done right)
    r"|^\s*of\s+(?:them|these|those|all)\b(?!\s+(?:benchmarks|tasks|datasets))")  # "11% of them"
# The verb "solves" ("answers" is mostly a noun: "the final answers are identical on 97% of B").
_PREFER_LEFT_RE = re.compile(r"\bprefer(?:s|red)?\b[^;]*\b(?:over|to)\b[^;]*\bin\s+$")
_SOLVED_ANYWHERE_RE = caseless(r"(?<![\w-])(?:solv\w*|correctly\s+answer\w*|faithful\w*"
                               r"|answer\w*\s+correctly)")
# "answers 71% of questions without thinking": how often a mode is used, not a score.
_MODE_SHARE_RE = caseless(r"^\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:questions|problems|queries"
                          r"|prompts)\s+(?:without|with\s+no|in\s+non-thinking|directly)\b")
# "The router selects direct answering for 46% of B questions and extended reasoning for 81%
# of C puzzles": how often a mode is chosen.
_MODE_CHOICE_RE = caseless(r"\b(?:select|choos|chose|invok|trigger|pick)\w*\s+(?:[\w-]+\s+){1,3}?"
                           r"for\s+(?:only\s+|about\s+|roughly\s+|just\s+)?\d[\d.]*\s*%\s+of\b")
_FOR_LEFT_RE = re.compile(r"(?:^|\s)(?:[\w-]+\s+){1,3}?for\s+(?:only\s+|about\s+|roughly\s+"
                          r"|just\s+)?$")
_LANGUAGE_USE_RE = re.compile(r"\b(?:in|into|using)\s+(?:English|Chinese|[A-Z][a-z]+ese|the\s+"
                              r"(?:same|query's|question's)\s+language)\b[^,;]{0,25}$")
_WINS_LEFT_RE = caseless(r"\bwins?\s+(?:in\s+)?$")
_THE_BEFORE_RE = caseless(r"\bthe\s*$")
# "close to the 49.6% of the full cache": a model's share; "on the 8% of proofs": data.
_OF_DATA_RE = caseless(r"\s*of\s+(?:the\s+)?(?:proofs|problems|data|samples|examples|questions"
                       # ("on the 18% of pages rated hard to read")
                       r"|training|pool|corpus|traces|tokens|solutions|pages|items)\b")
_WITHIN_TIME_RE = caseless(r"\b(?:in|within|under)\s+(?:under\s+|less\s+than\s+)?\d+(?:\.\d+)?"
                           r"\s*(?:s|ms|sec|seconds?|minutes?|milliseconds?)\b")
_SOLVED = (r"(?<![\w-])(?<!from\s)(?:(?:solv|resolv|answer|correct|accura|pass(?!ages?\b)|succe"
           r"|satisf|complet(?!eness)|valid|faithful|configur|mitigat|playable|captur|surviv"
           r"|(?:schema|format|syntax)-valid"  # "produces playable levels for 92.4% of prompts"
           r"|earn|fix|repair|prov(?=es\b|ed\b|ing\b)"
           r"|recover\w*\s+(?:the\s+)?(?:ground-truth|true|exact))\w*\s+"  # ("recovers the
           # ground-truth equation for 31.7% of problems"; "passages for up to 22% of B")
           r"(?:[\w()/.%]+\s+|\d[\d.]*%,\s+){0,3}"  # "solves", "produces valid plans for",
           r"|satisf\w*\s+(?:all\s+)?(?:[\w-]+\s+){0,2}(?:constraints|requirements)\s+in\s+)")
# ("satisfies all hard constraints in"; a list's members: "answer 58.2%, 51.7% and 46.0% of")
SOLVED_LEFT_RE = caseless(rf"{_SOLVED}$")
_FINDS_RE = caseless(rf"\b(?:detect|catch|expos|kill|locali[sz]|identif)\w*\s+{HEDGE}$")
_BUGS_FOUND_RE = caseless(r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:bugs|faults|mutants"
                          # ("localizes 61.7% of injected errors")
                          r"|vulnerabilities|buggy|faulty|errors|defects|mistakes)\b")
# ("captures 80% of the total improvement")
_OF_THE_GAP_RE = caseless(r"\s*of\s+the\s+(?:[\w-]+\s+)?(?:gap|improvement|gains?)\b")
_SOLVED_AFTER_RE = caseless(r"\s*(?:are|were|get|got)?\s*(?:solved|answered\s+correctly"
                            r"|correct)\b")
# ("kernels of which only 8% target ...")
_OF_WHICH_RE = caseless(rf"\bof\s+(?:which|these|those|them)\s*,?\s*{HEDGE}$")
_OF_RESOURCE_RE = caseless(r"\s*of\s+(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:battery"
                           r"|memory|energy|power|compute)\b")
# "succeeds on 34.8% of airline tasks and 51.2% of retail tasks", "..., but only 17.5% of": the
# second share parallels a solved one, so it is solved too.
_SOLVED_SHARE_BEFORE_RE = caseless(rf"{_SOLVED}\d+(?:\.\d+)?\s*%\s+of\s+(?:[\w-]+\s+){{0,5}}"
                                   r"[\w-]+(?:\s*,\s*(?:and\s+|but\s+)?|\s+and\s+|\s+but\s+)"
                                   r"(?:only\s+|just\s+)?$")
# "30% of vignettes require at least one calculation": what a share of the items are like
_ITEMS_DO_RE = caseless(r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[a-z]+s\s+(?:require|involve"
                        r"|contain|include|need|mention|lack|span)\b")
# "reduces the response length on B by 47%": the benchmark only says where it was measured.
_NON_SCORE_OBJECT_RE = caseless(
    r"\b(?:length|tokens?|latency|cost|time(?:-to-[\w-]+)?|memory|compute|(?<!same\s)size|footprint"
    r"|verbosity|throughput|prompts?|responses|outputs|traces?|chains|volume|bandwidth|estimates?)\s+"
    r"(?:(?:\w+\s+)?(?:on|in|for|across)\s+(?:the\s+)?B\s+(?:problems\s+|questions\s+)?"
    r"|(?:on|with|at)\s+(?:a|an|one)\s+"
    r"(?:[\w-]+\s+){1,3}?)?"  # "throughput on a single H100 improves by 1.9x"
    r"(?:(?:increases?|decreases?|falls?|drops?|rises?|grows?|shrinks?|improves?)\s+)?(?:by|to)\s*$"
    r"|\b(?<!same\s)(?:noise|share|fraction|proportion|ratio|temperature)\s+(?:level\s+)?"
    r"(?:exceeds?|reaches|is|of|to|at|above|below|from)\s*$"
    r"|\b(?:share|fraction|proportion)\s+of\s+[^;,]{0,80}?\branges\s+(?:from|between)\s*$"
    r"|\b(?:overlap|contamination|leakage)(?:\s+rates?)?\s+(?:of|for|on|in)\s+(?:the\s+)?B\b[^;,]{0,20}?"
    r"\b(?:to|is|was|at)\s+(?:below|under|above|over|about|only|just|roughly|nearly)?\s*$"
    r"|\b(?:number|count)\s+of\s+(?!correct|solved)[\w-]+\b[^,;]*\bby\s*$"
    # "the length reduction is smaller, at 29%"
    r"|\b(?:length|token|cost|latency|memory)\s+(?:reduction|savings?|overhead)\b[^;]{0,40}?"
    r"\b(?:is|was|of|at|reaches|by|to)\s*$"
    r"|\bthe\s+(?:reduction|savings?|speed-?up|compression)\s+(?:exceeds|reaches|is|of)\s+"
    r"(?:about\s+|nearly\s+|over\s+)?$")  # "the reduction exceeds 80%"
# "slows decoding by 7%", "shortens the average trajectory of M by 28%" (their own words first)
_SLOWS_BY_RE = caseless(
    r"\bslow\w*\s+(?:down\s+)?(?:[\w-]+\s+){0,2}?by\s*$"
    r"|\bshorten\w*\s+(?:the\s+)?(?:average\s+|mean\s+)?(?:trajector\w+|traces?|responses?"
    r"|outputs?|episodes?|reasoning|thinking)\b[^;,]{0,40}?\bby\s*$")
# A word every alternative of _NON_SCORE_OBJECT_RE holds, folded: a cheap test first.
_OBJECT_WORDS = ("length", "token", "latency", "cost", "time", "memory", "compute", "size",
                 "footprint", "verbosity", "throughput", "prompt", "responses", "outputs",
                 "trace", "chains", "volume", "bandwidth", "estimate", "noise", "share",
                 "fraction", "proportion", "ratio", "temperature", "overlap", "contamination",
                 "leakage", "number", "count", "reduction", "saving", "speed", "compression")
_PARALLEL_BY_RE = caseless(r"^(?![^;]*\b(?:accura|scor|improv|rais|gain|point))[^;]{0,60}?"
                           r"\b(?:and|or)\s+by\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+"
                           r"|nearly\s+)?$")
_LIST_HEAD_RE = re.compile(r"(?:[-+]?\d[\d.,]*\s*%?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))+$")
_NUMBER_TAIL_RE = re.compile(r"\d[\d.,]*\s*%?\s*$")  # the number a parallel "and by" follows


# ----------------------------------------------------------------------------- rules

# "We find that 27% of reference amendments import limitations": a finding about the data
_FIND_THAT_RE = caseless(r"\b(?:we\s+)?(?:find|found|observe|observed|estimate)\s+that\s+"
                         r"(?:about\s+|roughly\s+|only\s+|nearly\s+|over\s+)?$")


@rule("share-of",
      example("The router invokes thinking on just 37% of the questions.", "37%", "drop"),
      example("We find that 27% of reference amendments import limitations.", "27%", "drop"),
      example("At 3 bits, over 60% of QwQ-32B's AIME responses hit the length limit.", "60%",
              "drop"),
      example("Code is upweighted in the final 20% of training.", "20%", "drop"),
      example("The router selects direct answering for 46% of BBH questions and extended "
              "reasoning for 81% of ZebraLogic puzzles.", "81%", "drop"),
      example("An anchor set of 310 items, about 8% of the combined test sets, ranks models on "
              "TimeQA.", "8%", "drop"),
      example("Distillation sets contain answer-bearing passages for up to 22% of TempReason "
              "items.", "22%", "drop"),
      example("On OlympiadBench, two graders agreed on the completeness of 95% of proofs.", "95%",
              "drop"),
      example("On AIME 2024, BATS spends 58% of its budget on the hardest fifth of problems and "
              "terminates early on 71% of the rest.", "71%", "drop"),
      example("Fitting the law on the first 10% of a run predicts its final LiveCodeBench pass@1.",
              "10%", "drop"),
      example("Keeping 15% of the KV cache, it scores 80.1% on MATH-500.", "15%", "drop"),
      counter("It attains 47.9% on AIME 2024, close to the 49.6% of the full cache.", "49.6%",
              "keep"),
      example("The graders mislabel 9% of them.", "9%", "drop"),
      example("CorrectDistill closes 85% of the gap between student and teacher on MATH-500.",
              "85%", "drop"),
      example("On SynthParam, a single verification pass captures 80% of the total improvement.",
              "80%", "drop"),
      example("We find that 63% of branches occur within the first fifth of a trace.", "63%",
              "drop"),
      example("RL on GSM8K is more stable when 10% of each batch is replayed.", "10%", "drop"),
      example("We find that 64% of the surveyed papers report GSM8K.", "64%", "drop"),
      example("It recovers 80% of the GSM8K gain of supervised RL.", "80%", "drop"),
      example("The answers match the target's on 96.1% of GSM8K problems.", "96.1%", "drop"),
      example("On a phone it answers 85% of GSM8K questions in under 5 seconds.", "85%", "drop"),
      example("ModeGate answers 71% of questions without thinking.", "71%", "drop"),
      example("Without the reward, the model answers in English for 64% of non-English "
              "questions.", "64%", "drop"),
      example("Training on 8% of the pool matches training on all of it.", "8%", "drop"),
      example("A full MATH-500 pass drains under 10% of a typical battery.", "10%", "drop"),
      example("EvoCur generates 52K problems, of which 29% pass the verifier.", "29%", "drop"),
      example("It uses 52,000 kernels of which only 8% target non-NVIDIA hardware.", "8%", "drop"),
      example("It filters out 62% of incorrect traces at the cost of rejecting 5% of correct ones.",
              "5%", "drop"),
      example("We find that 6.3% of MathVista testmini images appear in the corpus.", "6.3%",
              "drop"),
      example("We find near-duplicate images for 12.4% of DriveLM test frames.", "12.4%", "drop"),
      counter("A group of candidates answered 84.7% of questions correctly, and 30% of vignettes "
              "require at least one calculation.", "30%", "drop"),
      counter("The best proprietary system, GPT-4o, stages 61.3% of cases correctly.", "61.3%",
              "keep"),
      counter("rStar-Math solves an average of 53.3% (8/15) of problems.", "53.3%", "keep"),
      example("Kite-7B solves 48.1% of AIME25 and 88.0% of MATH500 problems.", "88.0%", "keep"),
      example("Qwen3-8B succeeds on 34.8% of airline tasks and 51.2% of retail tasks.", "51.2%",
              "keep"),
      counter("On Blocksworld, it produces valid plans for 78.3% of problems.", "78.3%", "keep"),
      counter("Quill-7B proves 4.9% of PutnamBench problems at pass@64.", "4.9%", "keep"),
      example("It answers 44.0% of single-transfer questions correctly, but only 17.5% of "
              "questions that require three transfers.", "17.5%", "keep"),
      counter("On SWE-bench Verified, the agents resolve 35.8% and 21.4% of instances.", "21.4%",
              "keep"),
      example("Training on the 8% of proofs with the highest novelty matches full data on "
              "miniF2F.", "8%", "drop"),
      example("Caching lets 19% of PutnamBench lemmas be reused.", "19%", "drop"),
      example("They help diagnosis, since 64% of failed attempts break down at one step.", "64%",
              "drop"),
      counter("It writes faithful Lean statements for 71.3% of miniF2F problems.", "71.3%",
              "keep"),
      counter("The best model, o3-mini, produces faithful encodings for 54.6% of problems.",
              "54.6%", "keep"),
      counter("On StatCheck, o3-mini detects and localizes 61.7% of injected errors.", "61.7%",
              "keep"),
      counter("Against GPT-4o-mini on ReasonArena, Qwen3-8B wins 61.4% of the time.", "61.4%",
              "keep"))
def _share_of(v: NumberView) -> str | None:
    """ "37% of the questions": a share of inputs, data or compute, unless solved (the verb
    before, or earlier when they are a benchmark's); kept when parallel to a solved share."""
    start = v.sentence.start
    if v.num.unit != "%" or (_THE_BEFORE_RE.search(v.left) and
                             not _OF_DATA_RE.match(v.right)):  # "close to the 49.6% of the
        return None  # full cache": the full-cache model's score ("on the 8% of proofs": data)
    if _OF_WHICH_RE.search(v.left) and not _SOLVED_AFTER_RE.match(v.right):
        return "drop"  # "generates 52K problems, of which 29% pass the verifier": of a set (not
        # "of which 61% are solved")
    if v.right.lstrip().startswith("of ") and _SOLVED_SHARE_BEFORE_RE.search(
            v.text, max(start, v.num.start - 90), v.num.start) and \
            not _ITEMS_DO_RE.match(v.right):  # (not "..., and 30% of vignettes require ...")
        return "keep"  # "solves 31.6% of A but 14.0% of later ones": parallel to a solved share
    share_of = _SHARE_OF_RE.match(v.right)
    if "that" in v.left and not share_of and _FIND_THAT_RE.search(v.left) and \
            v.right.lstrip().startswith("of ") and not OF_BENCHMARK_RE.match(v.right) and \
            not v.sentence.models:  # (a benchmark's items: the contamination rules' to say)
        return "drop"  # "We find that 27% of reference amendments import limitations": data
    if not share_of or _WINS_LEFT_RE.search(v.left) or (
            v.text.find("prefer", max(start, v.num.start - 120), v.num.start) >= 0 and
            _PREFER_LEFT_RE.search(v.text, max(start, v.num.start - 120), v.num.start)):
        return None  # ("wins 61.4% of the time", "raters prefer M's answers in 64% of
        # comparisons": a win rate)
    if _OF_THE_GAP_RE.match(v.right) or _OF_RESOURCE_RE.match(v.right):
        return "drop"  # "CorrectDistill closes 85% of the gap", "a full B pass drains under 10%
        # of a typical battery": a share of a gap or a resource, whatever verb
    if _WITHIN_TIME_RE.search(v.right) or _MODE_SHARE_RE.match(v.right) or \
            _LANGUAGE_USE_RE.search(v.text, max(start, v.num.start - 40), v.num.start):
        return "drop"  # "answers 90% of the questions in under 6 seconds", "answers 71% of
        # questions without thinking", "answers in English for 64% of the questions"
    if "for" in v.left[-30:] and _FOR_LEFT_RE.search(v.left) and _MODE_CHOICE_RE.search(
            v.text, start, v.num.end + 4):
        return "drop"  # "selects direct answering for 46% of B questions"
    return None if SOLVED_LEFT_RE.search(v.text, max(start, v.num.start - 60), v.num.start) or (
        _BUGS_FOUND_RE.match(v.right) and _FINDS_RE.search(v.left)) or (  # "detects 81.4% of the
        OF_BENCHMARK_RE.match(v.right) and  # buggy programs": a bug-finding benchmark's score
        _SOLVED_ANYWHERE_RE.search(v.text, start, v.num.start)) else "drop"


# "reasoning trails the direct prompt by 3.7 F1 points": a prompt compared, not its length
_RIVAL_PROMPT_RE = re.compile(r"\b(?:trail\w*|outperform\w*|beat\w*|surpass\w*|exceed\w*|lags?\s+"
                              r"behind)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}prompt(?:s|ing)?\s+by\s*$")


@rule("non-score-object",
      example("It reduces the average response length on MATH-500 by 47%.", "47%", "drop"),
      example("ThinkExit shortens reasoning by 46% on HUPD acceptance prediction.", "46%", "drop"),
      example("Paraphrase detection raises the GSM8K estimate to 9.3%.", "9.3%", "drop"),
      example("Paraphrases raise the estimated contamination of GSM8K to 2.9%.", "2.9%", "drop"),
      example("We find 14.2% of ChemBench questions in a corpus, whereas overlap for MMLU-Pro is "
              "below 1%.", "1%", "drop"),
      example("Among all models, the share of revisions that break a correct answer ranges from 9% "
              "to 17%.", "9% to 17%", "drop"),
      example("It cuts the number of generated tokens by 47% on MATH-500.", "47%", "drop"),
      example("Accuracy falls once label noise exceeds 20%.", "20%", "drop"),
      example("Schema pruning shortens the prompt by 62% on average.", "62%", "drop"),
      example("On HotpotQA, anchoring slows decoding by 7%.", "7%", "drop"),
      example("It shortens the average trajectory of a Llama-3.1-8B-Instruct agent by 28% on "
              "WebArena tasks.", "28%", "drop"),
      example("Throughput on a single H100 improves by 1.9x at a batch size of 64.", "1.9x",
              "drop"),
      example("Ablating 6 heads shortens traces on AIME 2024 problems by 22% on average.", "22%",
              "drop"),
      example("On harder problems the length reduction is smaller, at 29% on AIME 2024.", "29%",
              "drop"),
      example("On easier problems from MATH-500 the reduction exceeds 80%.", "80%", "drop"),
      example("It reduces generated tokens by 37% on average and by up to 61% on GSM8K.", "61%",
              "drop"),
      example("It reduces generated tokens by 43% and 37% on math benchmarks, respectively, and "
              "by 29% on GPQA-Diamond.", "29%", "drop"),
      example("It reduces the number of steps needed to reach a given reward by 40%.", "40%",
              "drop"),
      counter("It improves the accuracy on MATH-500 by 4.7%.", "4.7%", "keep"),
      example("It shortens responses by 46% on LiveCodeBench and by 52% on HumanEval+.", "52%",
              "drop"),
      counter("Accuracy falls from 71.2% at 8K tokens to 23.5% at 128K tokens.", "23.5%", "keep"),
      counter("It cuts tokens by 46% on MATH-500 and raises accuracy by 2% on GSM8K.", "2%",
              "keep"),
      counter("On OzoneAlert, reasoning trails the direct prompt by 3.7 F1 points.", "3.7",
              "keep"))
def _non_score_object(v: NumberView) -> str | None:
    """ "reduces the response length on B by 47%": a change of a non-score quantity; also the
    next of a parallel pair ("shortens responses by 46% on B and by 52% on B")."""
    if v.num.unit == "pts":
        return None  # "over voting with the same number of samples by 5.8 points": a score's
    if holds_any(v.left, _OBJECT_WORDS) and _NON_SCORE_OBJECT_RE.search(
            AT_BUDGET_RE.sub(" ", v.left) if "token" in v.left else v.left) and \
            not _RIVAL_PROMPT_RE.search(v.left):  # (their words)
        return "drop"
    if holds_any(v.left, ("slow", "shorten")) and _SLOWS_BY_RE.search(v.left):
        return "drop"
    if not _PARALLEL_BY_RE.match(v.left):
        return None
    prev = _NUMBER_TAIL_RE.search(v.text, v.sentence.start, v.prev_end)
    if prev is None:
        return None
    lo = max(v.sentence.start, v.prev_end - 120)  # before the list the number before opens:
    before = _LIST_HEAD_RE.sub("", mask(v.text, lo, prev.start(), v.sentence))  # "by 43% and 37%"
    return "drop" if _NON_SCORE_OBJECT_RE.search(before) else None


# The verdict table (score_rules.VERDICT) reads these first, before the cue rules ...
NOT_SCORES = (human, rating_scale, sample_points, tolerance, counterfactual, coefficient, _share_of,
              share_verb, setting, _non_score_object, data_share, share_list)
