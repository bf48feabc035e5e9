"""Non-score-after rule: a word after the number says it counts something else ("20% fewer")."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import RIVAL_NOUN, NumberView
from analysis.claims.rules import counter, example, rule

# "surpasses GPT-4o (76.6)": a model's score in brackets after its name.
# ("the fine-tuned ModernBERT-large encoder (0.774)": a model's kind between)
# ("a prompted M critic (52.9)", "o3-mini prompted with the same rule set (87.1)": its role, or
# how it was run, between ("M in thinking mode (55.0)"); "ahead of M [47.9]": square brackets
# too, the score a decimal)
MODEL_PAREN_RE = re.compile(rf"\bM(?:\s+{RIVAL_NOUN}"
                            r"|\s+(?:prompted|fine-tuned|used|run|given)(?:\s+(?:with|as|on|in|the)\s+"
                            r"[^()]{1,40}?|\s+(?:zero|one|few)-shot)"  # ("M prompted zero-shot")
                            # "Qwen3-8B performs best overall (58.7)"
                            r"|\s+(?:performs|scores|ranks|does)\s+(?:best|worst|highest|lowest)"
                            r"(?:\s+overall)?"
                            # "GPT-4o without retrieval (68.5)": the setting it was run in
                            r"|\s+(?:with|without)\s+(?!(?:temperature|top-[pk]|beam|seeds?|lr"
                            r"|learning|dropout|alpha|beta|lambda|threshold|ratio|rate)\b)[\w-]+"
                            r"|\s+in\s+(?:[\w-]+\s+){1,2}?mode)?\s*[(\[]\s*[~≈]?\s*$"
                            r"|\bB\s+(?:score|accuracy)\s*\(\s*$"  # ("its EQ-Bench score (70.2)")
                            # "close to a dedicated Siamese U-Net [0.668]": a rival no name
                            # rule knows, its score in square brackets after a comparison
                            r"|\b(?:ahead\s+of|close\s+to|than|versus|behind|outperform\w*"
                            r"|surpass\w*|trail\w*|exceed\w*)\s+(?:an?\s+|the\s+)?"
                            r"(?:[\w-]+\s+){0,3}?[\w-]+\s*\[\s*$")
_POINTS_PER_RE = re.compile(r"\s+[a-z-]+\s+points?\s+per\b")
_OF_THE_TIME_RE = caseless(r"\s*of\s+the\s+time\b")
_VALID_FOR_RE = caseless(r"\b(?:valid|correct|faithful|accurate|successful)\w*\s+"
                         r"(?:[\w-]+\s+){0,3}?for\s+(?:only\s+|about\s+|nearly\s+|over\s+)?$")
_POINTS_LESS_RE = caseless(r"\s*(?:less|lower|more|higher|fewer)\b")
_CHANGE_OF_LEFT_RE = caseless(r"\b(?:improvement|gain|increase|boost|drop|decrease)s?\s+of\s+"
                              r"(?:about\s+|nearly\s+|up\s+to\s+|over\s+)?$")
_AGAINST_RE = caseless(r"\s*(?:over|relative\s+to|compared\s+(?:with|to)|versus|vs\.?|against)\b")
_UP_FROM_RE = re.compile(r"\b(?:up|down)\s+from\s+$")
# "+9.7 points as the budget grows": a clause after the points, not what they count.
_CLAUSE_AFTER_RE = caseless(r"\s*,?\s*(?:as|when|while|because|since|once|if|until|without"
                            r"|that\s+is|which\s+is)\b")
# "by 12% relative to the same budget-forcing baseline": what it is relative to, not measured.
_RELATIVE_TO_AFTER_RE = caseless(r"\s*relative\s+to\b")
# ("gains 1.2 points from the largest budget": what the points come from)
_WHOSE_RE = re.compile(r"\s*(?:(?:for|on|in|across|over|among|of|below|above|behind|ahead|short)\b"
                       r"|from\s+(?:the|a|an|its|their)\s)")
_SCORE_PART_RIGHT_RE = caseless(r"(?:\s*(?:,\s*and|,|and)\s*\d[\d.]*\s*%)*"  # "83.7%, 79.2%, and"
                                r"\s*(?:(?:label|word|character|line|strict)\s+(?:accuracy|F1)"
                                r"|on\s+the\s+(?:[\w-]+\s+){1,2}portion"  # ("and 57.9% on the
                                r"(?:\s+of|(?=\s*(?:[,;.]|and\b|$))))\b")  # English portion.")
_RELATIVE_CHANGE_RIGHT_RE = caseless(r"\s*relative\s+(?:reduction|decrease|drop|improvement|gain"
                                     r"|increase)\b")
_OPEN_PAREN_ONLY_RE = re.compile(r"\s*\(\s*")
# "3.2 points above TIES merging and 5.0 above simple weight averaging": the points again
POINTS_LIST_LEFT_RE = caseless(r"^\s+(?:above|below|ahead\s+of|behind|over|under)\s+"
                                r"[^;,\d]{1,50}?\s+and\s+$")  # (after the points before)
COMPARED_RIGHT_RE = caseless(r"\s*(?:above|below|ahead\s+of|behind|over|under)\s+(?!all\b|\d)")
_VARIANT_RIGHT_RE = caseless(r"\s*(?:without|w/o|before|with\s+the\s+full)\b")
# "compared with 74.1% in 16-bit precision": the precision the score was measured at
_PRECISION_RIGHT_RE = caseless(r"\s*(?:in|at|with|under)\s+(?:full|half|\d+-bit|(?:bf|fp)\d+)"
                               r"\s+(?:precision|weights)\b")
_LENGTH_CONDITION_RE = caseless(r"\s*(?:up\s+to|until|at|through|for)\s+(?:contexts?\s+of\s+)?"
                                r"\d[\d.,]*\s*[KMB]?\s+(?:tokens|context)")


def _score_part_right(v: NumberView) -> bool:
    """Whether the words after the number name a part of a score ("78.6% label accuracy",
    "57.9% on the English portion."): a window cut inside the sentence is not its end."""
    found = _SCORE_PART_RIGHT_RE.match(v.right)
    if found is None:
        return False
    cut = v.num.end + len(v.right) < v.sentence.end
    return not (cut and found.group().endswith("portion") and not v.right[found.end():].strip())


@rule("non-score-after",
      example("It was pre-trained on 15.5 trillion tokens.",
              "15.5", "drop"),
      example("The verifier needs under 3% extra tokens per query.", "3%", "drop"),
      counter("Mean accuracy rises by 6.1 points for the three sizes.", "6.1 points", "keep"),
      example("The labels are produced with 4 probe points per trace.", "4", "drop"),
      counter("Qwen3-4B keeps a pass@1 of 61.0 on HumanEval+ at a 2K-token budget, versus 84.5 "
              "without any budget.", "84.5", "maybe"),
      counter("On AIME 2024 it stays within 0.8 points of the always-thinking accuracy.",
              "0.8 points", "keep"),
      counter("It proves 72.5% of miniF2F, surpassing DeepSeek-Prover-V2-7B (68.0%) under the "
              "same budget.", "68.0%", "keep"),
      counter("It reaches 55.2% accuracy on GSM8K.",
              "55.2%", "keep"),
      counter("On AdvBench, it has an attack success rate of 6.2%, a 74% relative reduction over "
              "the baseline.", "74%", "keep"),
      counter("It expands abbreviations with 88.4% word accuracy on CATMuS.", "88.4%", "keep"),
      counter("On SciFact, the larger model obtains 71.0 label F1.", "71.0", "keep"),
      counter("On MedQA, it gains only 1.2 points from the largest budget.", "1.2 points", "keep"),
      counter("On PlanExam, Qwen3-8B performs best, with 62.4% on the Chinese portion and 57.9% "
              "on the English portion.", "57.9%", "keep"),
      counter("Sift-3B obtains 78.6% label accuracy on FEVER, and 71.2% on the 4-hop portion of "
              "HoVer.", "71.2%", "keep"),
      counter("Veritas-Lite-4B achieves 83.7%, 79.2%, and 62.5% label accuracy on FEVER, "
              "FEVEROUS, and AVeriTeC, respectively.", "83.7%", "keep"),
      counter("On BABILong, its accuracy stays above 50% up to 1M tokens.", "50%", "keep"),
      counter("At 4 bits, it keeps Qwen3-4B at 73.6% on CarSpec-QA, compared with 74.1% in 16-bit "
              "precision.", "74.1%", "keep"),
      counter("It keeps MATH-500 accuracy at 90.1% (90.6% without the exit head).", "90.6%",
              "keep"),
      counter("On MGSM, the models score between 55% and 61% depending on size.", "55%", "keep"),
      counter("On MathVerse, it scores 46.2% with the image and only 3.1 points less without it.",
              "3.1 points", "keep"),
      counter("On MATH-500, search improves over voting by up to +9.7 points as the budget grows.",
              "+9.7 points", "keep"),
      counter("It averages 52.4% on MGSM, up from 49.8% before trimming and repair.", "49.8%",
              "keep"),
      counter("It improves AIME 2024 accuracy by 3.3 points without any math training data.",
              "3.3 points", "keep"),
      counter("BAT improves GPQA-Diamond accuracy by 12% relative to the same budget-forcing "
              "baseline.", "12%", "keep"),
      counter("It raises GSM8K accuracy by 12.5 points, an improvement of 36% over the standard "
              "data mix.", "36%", "keep"),
      counter("On DietPlanBench, o3-mini produces valid plans for 47.3% of requests.", "47.3%",
              "keep"),
      counter("On BigEarthNet it obtains 71.9 micro F1, 3.2 points above TIES merging and 5.0 "
              "above simple weight averaging.", "5.0", "maybe"))
def non_score_after(v: NumberView) -> str | None:
    """A word after the number says it counts something else ("20% fewer tokens"); not the
    words after a model's bracketed score ("surpassing M (68.0%) under the same budget")."""
    if not v.num.unit and _POINTS_PER_RE.match(v.right):
        return "drop"  # "4 probe points per trace": points of a trace, counted (no score's)
    if v.rcue != "non":  # (what drops the number; the tests below only spare it: first)
        return None
    if MODEL_PAREN_RE.search(v.left) and v.right.lstrip().startswith((")", "]")):
        return None
    if v.num.unit == "%" and v.right.startswith(" of ") and _VALID_FOR_RE.search(v.left):
        return None  # "produces valid plans for 47.3% of requests": a share done well, a score
    if v.num.unit == "pts" and (_WHOSE_RE.match(v.right) or _POINTS_LESS_RE.match(v.right)
                                or _CLAUSE_AFTER_RE.match(v.right)):
        return None  # "6.1 points for the three sizes", "within 0.8 points of the always-
        # thinking accuracy", "only 3.1 points less without it": points of a score
    if _OF_THE_TIME_RE.match(v.right) or _RELATIVE_TO_AFTER_RE.match(v.right) or (
            _UP_FROM_RE.search(v.left) and v.prev_end > v.sentence.start):
        return None  # "wins 61.4% of the time": how often, not time; "averages 52.4% on B, up
        # from 49.8% before trimming": the score before, whatever the words after it say
    if _RELATIVE_CHANGE_RIGHT_RE.match(v.right) or _score_part_right(v):
        return None  # "a 74% relative reduction over the baseline": a change of the score;
        # "78.6% label accuracy", "71.2% on the 4-hop portion of HoVer": a score
    if not v.num.unit and POINTS_LIST_LEFT_RE.search(v.left) and \
            COMPARED_RIGHT_RE.match(v.right) and \
            v.text[v.sentence.start:v.prev_end].endswith(("points", "pts", "pp")):
        return None  # "3.2 points above M and 5.0 above N": points, the unit left out
    if _CHANGE_OF_LEFT_RE.search(v.left) and _AGAINST_RE.match(v.right):
        return None  # "an improvement of 36% over the standard data mix": the baseline named
    if v.num.unit == "%" and _PRECISION_RIGHT_RE.match(v.right):
        return None  # "compared with 74.1% in 16-bit precision": a score at a precision
    if v.num.unit == "%" and (_LENGTH_CONDITION_RE.match(v.right) or (
            v.prev_end > v.sentence.start and _OPEN_PAREN_ONLY_RE.fullmatch(v.left) and
            _VARIANT_RIGHT_RE.match(v.right))):
        return None  # "stays above 50% up to 1M tokens": the tokens are the context it holds
        # at; "at 90.1% (90.6% without the exit head)": the score of a variant
    return "drop"


# "with an average of 2.4 repair iterations per program", "an average of 4.2 joins": a mean count
# of things, no score
_AVERAGE_OF_RE = caseless(r"\b(?:an?\s+)?(?:average|mean)\s+of\s+(?:about\s+|roughly\s+"
                          r"|only\s+)?$")
_COUNTED_RE = caseless(r"\s+(?:[a-z-]+\s+)?(?:iterations|joins|turns|steps|calls|rounds|attempts"
                       r"|hops|edits|revisions|actions|retrievals|queries|tables|columns|lines|files"
                       r"|tokens|words|sentences|clauses|entities|images|frames|pages|documents"
                       r"|passages|sub-?questions|subgoals|constraints|trains|stops|requests)\b")


@rule("average-count",
      example("On PortSQL, which contains 1,240 questions with an average of 4.2 joins, it "
              "reaches 61.7%.", "4.2", "drop"),
      example("On InterlockEval, pass@1 climbs to 58.3%, with an average of 2.4 repair "
              "iterations per accepted program.", "2.4", "drop"),
      counter("It reaches an average of 61.2 points on GSM8K.", "61.2", "keep"))
def average_count(v: NumberView) -> str | None:
    """A mean count of things ("an average of 4.2 joins"), not a score."""
    return "drop" if not v.num.unit and _AVERAGE_OF_RE.search(v.left) and \
        _COUNTED_RE.match(v.right) else None
