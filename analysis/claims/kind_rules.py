"""Kind rules: whether a kept number is a score, a change in points or a relative change."""

from __future__ import annotations

import re

from analysis.claims import ratio_rules as ratio
from analysis.claims.caseless import caseless
from analysis.claims.cues import (
    BY_RE,
    CHANGE_STEMS,
    LIST_REST_RE,
    MEASURE_POINTS_RE,
    MORE_RE,
    RIVAL_NOUN,
    NumberView,
    lost_share,
    words,
)
from analysis.claims.ranking_rules import ranking_percent
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.scan import strip_tail
from analysis.claims.sentence import Claim
from analysis.claims.sign_rules import CLAUSE_SPLIT_RE, HEDGE_TAIL_RE, SIGN

_PREPOSITIONS = ("of", "by", "to", "from", "on", "at", "reaching", "in")
_CHANGE_LEFT_RE = caseless(
    r"\badd(?:s|ed|ing)?(?:\s+(?:another|an\s+additional|a\s+further|further))?\s*\+?\s*$|\blos(?:e|es|ing)\s*$|\b(?:giv(?:es|en|ing|e)|gave)\s+up\s*$|\bcost(?:s|ing)?(?:\s+(?:the\s+|its\s+|our\s+)?M)?\s*$|\b(?:gains?|improvements?|increases?|boosts?|margins?|drops?|decreases?|degradations?|gaps?"
    r"|advantages?|leads?|jumps?|rises?|uplifts?|enhancements?)(?:\s+of)?\s*\(?\s*\+?\s*$"
    r"|,\s*(?:up|down)(?:\s+by)?\s*$"  # "scores 71.6, up 12.2 over the base model"
    # "the BBBP gain is 0.04 AUROC" (not "the optimality gap is 0.41%", a score)
    r"|\b(?:gains?|improvements?|boosts?|uplifts?)\s+(?:is|was)\s*$"
    # "the average gain across six benchmarks is 8.1%"
    r"|\b(?:gains?|improvements?|increases?|boosts?|drops?|decreases?)\s+(?:across|over|on|in)\s+"
    r"[^,;]{0,60}?\b(?:is|was|are|were|reaches|amounts\s+to)\s*$"
    # "the gain over BGE-M3 grows to 0.112", "the margin over the SFT baseline widens to 0.087"
    r"|\b(?:gains?|improvements?|margins?|leads?|advantages?)\s+(?:over|against)\s+[^,;]{1,60}?"
    r"\s+(?:grows|widens|increases|rises|climbs|shrinks|narrows)\s+to\s*$"
    # "on the counting subset the gain shrinks to 1.2"
    r"|\b(?:gains?|improvements?|margins?|advantages?|benefits?)\s+(?:grows|widens|rises|climbs"
    r"|shrinks|narrows|falls|drops)\s+to(?:\s+only|\s+just|\s+about)?\s*$")
_CHANGE_RIGHT_RE = caseless(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:additional|extra|more|further)\s+(?:B\s+)?(?:accuracy\s+)?"
    r"points?\b|(?:(?:absolute|average|overall|accuracy|performance|points?|"
    # "1.2 SARI points higher", "0.6 BLEU-4 worse": a metric's name between
    r"(?:macro-|micro-)?f1|bleu[@-]?\d*|rouge(?:-[l12])?|sari|chrf\+*|meteor|cider|anls|em"
    r"|exact[\s-]match|wer|cer|mrr|ndcg(?:@\d+)?|map|auroc|score)\s+)*"
    r"(?:gains?|improvements?|increases?|boosts?|higher|lower|better"
    # "2.6 ROUGE-L points above", "0.04 F1 behind"
    r"|points?\s+(?:above|below|ahead|behind)|behind"
    r"|worse|drops?|decreases?|degradations?|lead|advantage|margin|jumps?|rises?|uplift"
    r"|enhancements?|improved|increased|loss|losses|gap)\b)"
    # "2.4 accuracy points on B", "1.3 BLEU below M": points of a named metric
    r"|^\s*(?:accuracy|(?:macro-|micro-)?f1|bleu[@-]?\d*|rouge(?:-[l12])?|chrf\+*|meteor|cider"
    r"|exact[\s-]match|mrr|ndcg(?:@\d+)?|auroc)\s+(?:points?\b|(?:above|below)\s)")
# "a 60% relative drop from its score of 28.9%": the score named after the word is no change.
_RELATIVE_LEFT_RE = caseless(r"\brelative(?!\s+to)\b(?:(?!\bscore\b|\baccuracy\s+of\b)"
                             r"[^.;,]){0,40}$"
                             # "its relative improvement over frequency-based pruning reaches 21%"
                             r"|\brelative\s+(?:improvement|gain|increase|reduction|drop)\s+over\s+"
                             r"[^.;,]{0,50}?\b(?:reaches|is|amounts\s+to)\s+(?:about\s+|nearly\s+)?$"
                             # "benefits most in relative terms, with exact match rising by 41%"
                             r"|\bin\s+relative\s+terms\s*,\s*with\b[^.;,]{0,80}$")
_RELATIVE_RIGHT_RE = caseless(r"^\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,1}relative(?:ly)?"
                              r"(?!\s+to)\b")
_RELATIVE_TERMS_RE = caseless(r"^\s*(?:[\w-]+\s+){0,2}?in\s+relative\s+terms\b")
# "by 19% relative to GRPO": a percentage stated relative to a baseline is a ratio of scores
# (or "by 12.6% in Recall@10 relative to BM25": the metric between)
_PERCENT_RELATIVE_TO_RE = caseless(r"^\s*(?:in\s+[\w@-]+\s+)?relative\s+to\b")
# "by 12.5 points, an improvement of 36% over the mix": a percentage after a points change.
_AFTER_POINTS_RE = caseless(r"(?:points?|pts|pp)\s*,\s*(?:an?\s+)?(?:improvement|gain|increase"
                            r"|boost|drop|decrease|reduction)\s+of\s+$")
# "Relative to GRPO, this is an 18% improvement": the sentence opens with what it is relative to.
_LEAD_RELATIVE_TO_RE = re.compile(r"\s*(?:Relative\s+to|In\s+relative\s+terms)\b")


# ----------------------------------------------------------------------------- kind

def _left_core(v: NumberView) -> str:
    # "improves by about 5": the hedge is not part of the phrase that names the change.
    return strip_tail(HEDGE_TAIL_RE, v.left.rstrip()).rstrip()


# "the reported advantage of M over N shrinks from 7.5 F1 ... to 1.2 F1": a change's two values
_CHANGE_MOVES_RE = caseless(r"\b(?:advantages?|gains?|margins?|improvements?|leads?"
                            r"|benefits?)\b[^;]{0,100}?\b(?:shrinks?|shrank|narrows?|narrowed"
                            r"|grows?|grew|widens?|widened)\s+from\b")
_FROM_OR_TO_RE = re.compile(r"\b(?:from|to)\s+$")


@rule("from-to",
      example("Our approach increases answer accuracy from 85% to 90%.",
              "85%", "absolute"),
      example("On CADEC, the advantage of M over N shrinks from 7.5 F1 in the original paper to "
              "1.2 F1 in our runs.", "1.2", "delta"),
      counter("Reported AIME 2024 gains shrink from an average of 8.9 points to 2.6 points.",
              "8.9 points", "delta"))
def _from_to(v: NumberView) -> str | None:
    """Both ends of "from A to B" are scores (the change between them is not written); not
    ends in points ("gains shrink from 8.9 points to 2.6 points": changes), nor the ends of a
    change that moves ("the advantage of M over N shrinks from 7.5 F1 to 1.2 F1")."""
    if v.num.unit == "pts":
        return None
    if (v.num.pair_role or _FROM_OR_TO_RE.search(v.left)) and _CHANGE_MOVES_RE.search(
            v.text, max(v.sentence.start, v.num.start - 160), v.num.start):
        return "delta"
    return "absolute" if v.num.pair_role else None


@rule("relative-word",
      example("KG-RAR achieves a 20.73% relative improvement on Math500.",
              "20.73%", "relative"),
      example("Our method raises AIME 2025 pass@1 by 12% relative to DAPO.", "12%", "relative"),
      example("It improves the base model by 30% and 41% relatively.", "30%", "relative"),
      example("On LiveCodeBench its relative improvement over frequency-based pruning reaches 21%.",
              "21%", "relative"),
      example("Its accuracy is 15% higher in relative terms than the baseline's on MathVista.",
              "15%", "relative"),
      example("It lifts GSM8K and MATH by 23% and 11% relative to M, respectively.", "23%",
              "relative"),
      counter("The 3B model solves 9.0% of AIME 2025, a 55% relative drop from its full-precision "
              "score of 20.0%.", "20.0%", "absolute"),
      counter("It gains 3.1 points relative to GRPO.", "3.1 points", "delta"),
      counter("It improves GSM8K by 12% relative and MATH-500 by up to 7 points.", "7 points",
              "delta"),
      example("Relative to GRPO, this is an 18% improvement in AIME 2024 pass@1.", "18%",
              "relative"),
      example("The 3B reader benefits most in relative terms, with exact match on SleepGuideQA "
              "rising by 41% over closed-book answering.", "41%", "relative"),
      example("It raises GSM8K accuracy by 12.5 points, an improvement of 36% over the standard "
              "data mix.", "36%", "relative"))
def _relative_word(v: NumberView) -> str | None:
    """ "a 12% relative gain", "relative improvement of 8%", "by 19% relative to X"."""
    if v.num.unit == "pts" or MEASURE_POINTS_RE.match(v.right):
        return None  # "by 12% relative and on B by up to 7 points", "in relative terms but
        # remains 4.2 ROUGE-L points behind": points are no ratio
    right = LIST_REST_RE.sub("", v.right, count=1)  # "by 38% and 45% relatively"
    if _RELATIVE_LEFT_RE.search(v.left[-70:]) or _RELATIVE_RIGHT_RE.match(right) or \
            _RELATIVE_TERMS_RE.match(right) or (
            v.num.unit == "%" and (_PERCENT_RELATIVE_TO_RE.match(right) or
                                   _LEAD_RELATIVE_TO_RE.match(v.text, v.sentence.start) or
                                   _AFTER_POINTS_RE.search(v.text, max(v.sentence.start,
                                                                       v.num.start - 40),
                                                           v.num.start))):
        return "relative"
    return None


@rule("lost-share",
      example("At 3 bits, the 1.5B model loses 61% of its full-precision AIME 2024 accuracy.",
              "61%", "relative"))
def _lost_share(v: NumberView) -> str | None:
    """ "loses 61% of its accuracy": a relative change of the score."""
    return "relative" if lost_share(v) else None


@rule("times",
      example("R2R surpasses the average accuracy of R1-7B by 1.6x.",
              "1.6x", "relative"))
def _times(v: NumberView) -> str | None:
    """A ratio ("1.6x", "2 times") is a relative change."""
    return "relative" if v.num.unit == "x" else None


@rule("percent-more",
      example("Our model solves 12% more problems on HumanEval.",
              "12%", "relative"))
def _percent_more(v: NumberView) -> str | None:
    """ "solves 12% more problems": relative to the baseline's count."""
    return "relative" if v.num.unit == "%" and MORE_RE.match(v.right) else None


@rule("signed",
      example("Saturn achieves further improvements of +8.8%.",
              "+8.8%", "delta"),
      counter("On Leduc Hold'em, it achieves an average payoff of -0.09 big blinds per hand.",
              "-0.09", "absolute"))
def _signed(v: NumberView) -> str | None:
    """A sign or arrow ("+4.9", "↑3.1", "Δ2.0") marks a change (not a negative level: "an
    average payoff of -0.09", "versus -0.41 for the base model" after one)."""
    if v.num.sign < 0 and not v.num.marker and _LEVEL_OF_RE.search(
            v.text, v.sentence.start, v.num.start):
        return None
    return "delta" if v.num.marker or v.num.sign else None


_LEVEL_OF_RE = caseless(r"\b(?:payoffs?|rewards?|returns?|utility|utilities|log-likelihoods?)\s+"
                        r"of\s+[^;]*$")


# "stays within 0.7 F1 of the baseline": a gap in the benchmark's own measure.
_WITHIN_LEFT_RE = caseless(r"\bwithin\s+(?:about\s+|roughly\s+|only\s+)?$")
_MEASURE_OF_RE = caseless(r"\s*(?:(?:F1|EM|exact[\s-]match|BLEU(?:-4)?|ROUGE(?:-L)?|accuracy"
                          r"|pass@\d+|MRR|MAP|mAP|cmAP|nDCG(?:@\d+)?|Hits@\d+|Recall@\d+|CodeBLEU"
                          r"|METEOR|AUROC|AUC|chrF\+*|COMET|ANLS|TEDS|CIDEr|SPICE|mIoU|EER)"
                          r"(?:\s+points?)?|B\s+points?)(?:\s+of\b|\s*(?=[.;]|$))|\s+of\s+M\b"
                          # "within 0.04 of a GPT-4o agent", "within 0.012 of its teacher"
                          rf"|\s+of\s+(?:its|the|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:M|{RIVAL_NOUN})\b"
                          # "within 1.5 of a dedicated CNN-LSTM": a name the lists lack
                          r"|\s+of\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?-i:[A-Z][A-Za-z]*[A-Z\d-][\w.-]*)\b")  # ("within 0.6 of M")


@rule("within-measure",
      example("On HotpotQA, it stays within 0.7 F1 of an always-retrieve baseline.", "0.7",
              "delta"),
      counter("On HotpotQA, it reaches 61.2 F1 within two retrieval rounds.", "61.2",
              "absolute"),
      example("These results place the 3B model within 2.5 FActScore points of GPT-4o-mini.",
              "2.5", "delta"),
      example("On ASQA it scores 44.3, within 0.6 of GPT-4o.", "0.6", "delta"),
      example("On C-MAPSS it obtains an RMSE of 19.7, within 1.5 of a dedicated CNN-LSTM.", "1.5",
              "delta"),
      example("On CaSiNo, it attains a joint utility score of 0.63, within 0.04 of a GPT-4o "
              "agent.", "0.04", "delta"),
      example("On CommitBench, the smallest model comes within 0.01 MRR of Qwen3-Embedding-0.6B.",
              "0.01", "delta"),
      example("It yields a base-pair F1 of 0.68 on bpRNA-TS0, within 0.03 of the dedicated "
              "predictor SPOT-RNA.", "0.03", "delta"),
      example("Against RankZephyr-7B, which is 14 times larger, it is within 0.015 nDCG@10.",
              "0.015", "delta"),
      example("GlyphQuant stays within 0.4 ANLS points of the BF16 model on DocVQA.", "0.4",
              "delta"))
def _within_measure(v: NumberView) -> str | None:
    """ "within 0.7 F1 of X": how far from X, in the measure named."""
    return "delta" if _WITHIN_LEFT_RE.search(v.left) and _MEASURE_OF_RE.match(v.right) else None


# "3.4 absolute points", "2.0 absolute percentage points": points, said to be absolute
_ABSOLUTE_POINTS_RE = caseless(r"\s+absolute\s+(?:percentage\s+)?points?\b")


@rule("points",
      example("The models achieved an average improvement of 31.4 points.",
              "31.4", "delta"),
      example("It yields 3.4 absolute points on HellaSwag.", "3.4", "delta"),
      counter("In two-player Hanabi, it averages 17.9 points out of a maximum of 25.", "17.9",
              "absolute"))
def _points(v: NumberView) -> str | None:
    """Points ("3.2 points", "5 pp") are a change in points (not a game's "17.9 points out of
    25", a score on its scale)."""
    if _POINTS_OUT_OF_RE.match(v.text, v.num.num_start):
        return None
    return "delta" if v.num.unit == "pts" or _ABSOLUTE_POINTS_RE.match(v.right) else None


_POINTS_OUT_OF_RE = re.compile(r"[\d.,]+\s*points?\s+out\s+of\b")


@rule("by",
      example("PoG surpasses ToG by up to 23.9% on GSM8K.",
              "23.9%", "delta"))
def _by(v: NumberView) -> str | None:
    """ "improves by 7.7%", "outperforms X by a margin of 5": the size of a change."""
    return "delta" if BY_RE.search(_left_core(v)) else None


@rule("gain-of",
      example("CoCoS achieves improvements of 35.8% on MBPP.",
              "35.8%", "delta"),
      example("Swallow loses under 1% accuracy on GSM8K.", "1%", "delta"),
      example("Removing the bonus costs 4.1 Hits@1 on CWQ.", "4.1", "delta"),
      example("Removing the verifier costs the 3B model 6.1 on MATH-500.", "6.1", "delta"),
      example("The average gain across six benchmarks is 8.1%.", "8.1%", "delta"),
      example("On TalentBench, the gain over BGE-M3 grows to 0.112 nDCG@10.", "0.112", "delta"),
      example("On the counting subset of GEOBench-VLM the gain shrinks to 1.2.", "1.2", "delta"),
      example("Against a random forest, the BBBP gain is 0.04 AUROC.", "0.04", "delta"),
      example("On RULER the model scores 71.6, up 12.2 over the base model.", "12.2", "delta"))
def _gain_of(v: NumberView) -> str | None:
    """ "a gain of 4.5%", "improvements of up to 12": a change word before the number."""
    return "delta" if _CHANGE_LEFT_RE.search(_left_core(v)) else None


@rule("gain",
      example("LINC scores 26% higher than CoT on ProofWriter.",
              "26%", "delta"),
      example("The 3-bit model loses 1.1 BLEU-4 points on SoccerNet-Caption and 2.4 accuracy "
              "points on SportQA.", "2.4", "delta"),
      example("On FLORES-200, it is 1.3 BLEU below NLLB-200-distilled-600M.", "1.3", "delta"))
def _gain(v: NumberView) -> str | None:
    """ "a 4.5% gain", "7% higher": a change word after the number."""
    return "delta" if _CHANGE_RIGHT_RE.match(v.right) else None


@rule("change-of",
      example("Pensez 7B exhibits an increase in accuracy of the base model up to 20% on AIME "
              "2025.",
              "20%", "delta"),
      counter("The 3B model solves 9.0% of AIME 2025, a 55% relative drop from its full-precision "
              "score of 20.0%.", "20.0%", "absolute"),
      counter("Quality improves as well: the 1.5B model reaches a GSM8K average of 41.2, 3.4 "
              "points above its base.", "41.2", "absolute"),  # a colon ends the change's clause
      counter("CritLite raises Llama-3.2-3B-Instruct to an average F1 of 44.1 (+22.3).", "44.1",
              "absolute"))
def _change_of(v: NumberView) -> str | None:
    """ "improves accuracy on MATH by 5%", "gains on AIME of 4": change word, then "of"/"by"."""
    clause = words(CLAUSE_SPLIT_RE.split(_left_core(v))[-1])[-9:]
    preps = [i for i, w in enumerate(clause) if w in _PREPOSITIONS]
    changes = CHANGE_STEMS + ("drop", "decreas", "degrad")
    if not preps or clause[preps[-1]] not in ("of", "by"):
        return None
    moved = [i for i, w in enumerate(clause[:preps[-1]]) if w.startswith(changes)]
    if moved and clause[preps[-1] - 1:preps[-1]] != ["score"] and \
            "to" not in clause[moved[-1]:preps[-1]]:  # "a drop from its score of 28.9", "raises
        return "delta"  # M to an average F1 of 44.1": levels
    return None


@rule("score",
      example("Ferret-UI Lite achieves 28.0% on AndroidWorld.",
              "28.0%", "absolute"))
def _score(v: NumberView) -> str | None:
    """Any other kept number is a score."""
    return "absolute"


KIND = table(
    "kind", "kind", "The kind of a kept number: absolute (a score), delta (points) or relative.",
    ratio.change_range, _from_to, _relative_word, ratio.parallel_relative,
    ratio.continued_relative, _lost_share, ratio.pair_ratio, _times, _percent_more, _signed,
    _within_measure, ratio.points_reached, _points,
    ranking_percent, _by, ratio.gap_score, _gain_of,
    _gain, _change_of, _score)


@rule("over-100-percent",
      example("Orca surpasses Vicuna-13B by more than 100% on Big-Bench Hard.",
              "100%", "relative"),
      counter("Orca surpasses Vicuna-13B by 42% on AGIEval.",
              "42%", "delta"))
def _over_100_percent(claim: Claim) -> str | None:
    """A change of 100% or more is not in points: "improves by 150%" is relative."""
    num = claim.num
    if claim.kind == "delta" and num.unit == "%" and num.value >= 100:
        return "relative"
    return None


OVER_100 = table("kind-over-100", "kind", "A change too large for points.", _over_100_percent)


def new_claim(view: NumberView) -> Claim:
    """A claim of a kept number: its kind, sign and the rules that decided them."""
    claim = Claim(view.num)
    claim.kind_rule, claim.kind = apply_first(KIND, view)
    claim.fired[KIND.name] = claim.kind_rule
    if claim.kind != "absolute":
        claim.fired[SIGN.name], claim.sign = apply_first(SIGN, view)
    elif view.num.sign < 0 and not view.num.marker and view.num.high is None:
        claim.sign = -1  # a negative level as written ("an average payoff of -0.09")
    fired = apply_first(OVER_100, claim)
    if fired is not None:
        claim.kind_rule, claim.kind = fired
        claim.fired[OVER_100.name] = claim.kind_rule
    return claim
