"""Kind rules: whether a kept number is a score, a change in points or a relative change."""

from __future__ import annotations

import re

from analysis.claims import ratio_rules as ratio
from analysis.claims.cues import (
    AT_COST_RE,
    BY_RE,
    CHANGE_STEMS,
    GIVE_UP_RE,
    LIST_REST_RE,
    MORE_RE,
    NUM_LIST_TAIL_RE,
    SIZE_QUALIFIER_RE,
    NumberView,
    direction_of,
    lost_share,
    right_words,
    words,
)
from analysis.claims.ranking_rules import ranking_percent
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.scan import strip_tail
from analysis.claims.sentence import Claim, mask

_PREPOSITIONS = ("of", "by", "to", "from", "on", "at", "reaching", "in")
_CHANGE_LEFT_RE = re.compile(
    r"\badd(?:s|ed|ing)?(?:\s+(?:another|an\s+additional|a\s+further|further))?\s*\+?\s*$|\blos(?:e|es|ing)\s*$|\bcost(?:s|ing)?\s*$|\b(?:gains?|improvements?|increases?|boosts?|margins?|drops?|decreases?|degradations?|gaps?"
    r"|advantages?|leads?|jumps?|rises?|uplifts?|enhancements?)(?:\s+of)?\s*\(?\s*\+?\s*$"
    # "the average gain across six benchmarks is 8.1%"
    r"|\b(?:gains?|improvements?|increases?|boosts?|drops?|decreases?)\s+(?:across|over|on|in)\s+"
    r"[^,;]{0,60}?\b(?:is|was|are|were|reaches|amounts\s+to)\s*$",
    re.IGNORECASE)
_CHANGE_RIGHT_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:additional|extra|more|further)\s+(?:B\s+)?(?:accuracy\s+)?"
    r"points?\b|(?:(?:absolute|average|overall|accuracy|performance|point|"
    r"f1|bleu@?\d*|score)\s+)*(?:gains?|improvements?|increases?|boosts?|higher|lower|better"
    r"|worse|drops?|decreases?|degradations?|lead|advantage|margin|jumps?|rises?|uplift"
    r"|enhancements?|improved|increased|loss|losses|gap)\b)", re.IGNORECASE)
# "a 60% relative drop from its score of 28.9%": the score named after the word is no change.
_RELATIVE_LEFT_RE = re.compile(r"\brelative(?!\s+to)\b(?:(?!\bscore\b|\baccuracy\s+of\b)"
                               r"[^.;,]){0,40}$"
                               # "its relative improvement over frequency-based pruning reaches 21%"
                               r"|\brelative\s+(?:improvement|gain|increase|reduction|drop)\s+over\s+"
                               r"[^.;,]{0,50}?\b(?:reaches|is|amounts\s+to)\s+(?:about\s+|nearly\s+)?$",
                               re.IGNORECASE)
_RELATIVE_RIGHT_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,1}relative(?:ly)?"
                                r"(?!\s+to)\b",
                                re.IGNORECASE)
_RELATIVE_TERMS_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?in\s+relative\s+terms\b", re.IGNORECASE)
# "by 19% relative to GRPO": a percentage stated relative to a baseline is a ratio of scores.
_PERCENT_RELATIVE_TO_RE = re.compile(r"^\s*relative\s+to\b", re.IGNORECASE)
# "by 12.5 points, an improvement of 36% over the mix": a percentage after a points change.
_AFTER_POINTS_RE = re.compile(r"(?:points?|pts|pp)\s*,\s*(?:an?\s+)?(?:improvement|gain|increase"
                              r"|boost|drop|decrease|reduction)\s+of\s+$", re.IGNORECASE)
# "Relative to GRPO, this is an 18% improvement": the sentence opens with what it is relative to.
_LEAD_RELATIVE_TO_RE = re.compile(r"\s*(?:Relative\s+to|In\s+relative\s+terms)\b")
_HEDGE_TAIL_RE = re.compile(r"(?:up\s+to|about|approximately|around|nearly|over|more\s+than"
                            r"|less\s+than|under|below|at\s+most|at\s+least|roughly|~|only"
                            r"|just)\s*$", re.IGNORECASE)
_CLAUSE_SPLIT_RE = re.compile(r"[,;:]\s|\bwhile\b|\bwhereas\b")
_BENCH_LIST_MASK_RE = re.compile(r"\bB(?:\s*,\s*(?:and\s+|or\s+)?B\b|\s+(?:and|or)\s+B\b)+")
_SIGN_REACH = 160  # characters before a number read for its direction word
_GAPPED_BY_RE = re.compile(r"^\s*(?:and\s+|but\s+)?(?:(?:that\s+of\s+)?M\s+)?by\s*$"  # ", and M by"
                           r"|^\s*but(?:\s+only|\s+just)?\s*$")  # "costs 6 points, but only 2"


# ----------------------------------------------------------------------------- kind

def _left_core(v: NumberView) -> str:
    # "improves by about 5": the hedge is not part of the phrase that names the change.
    return strip_tail(_HEDGE_TAIL_RE, v.left.rstrip()).rstrip()


@rule("from-to",
      example("Our approach increases answer accuracy from 85% to 90%.",
              "85%", "absolute"),
      counter("Reported AIME 2024 gains shrink from an average of 8.9 points to 2.6 points.",
              "8.9 points", "delta"))
def _from_to(v: NumberView) -> str | None:
    """Both ends of "from A to B" are scores (the change between them is not written); not
    ends in points ("gains shrink from 8.9 points to 2.6 points": changes)."""
    return "absolute" if v.num.pair_role and v.num.unit != "pts" else None


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
      example("Relative to GRPO, this is an 18% improvement in AIME 2024 pass@1.", "18%",
              "relative"),
      example("It raises GSM8K accuracy by 12.5 points, an improvement of 36% over the standard "
              "data mix.", "36%", "relative"))
def _relative_word(v: NumberView) -> str | None:
    """ "a 12% relative gain", "relative improvement of 8%", "by 19% relative to X"."""
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
              "+8.8%", "delta"))
def _signed(v: NumberView) -> str | None:
    """A sign or arrow ("+4.9", "↑3.1", "Δ2.0") marks a change."""
    return "delta" if v.num.marker or v.num.sign else None


# "stays within 0.7 F1 of the baseline": a gap in the benchmark's own measure.
_WITHIN_LEFT_RE = re.compile(r"\bwithin\s+(?:about\s+|roughly\s+|only\s+)?$", re.IGNORECASE)
_MEASURE_OF_RE = re.compile(r"\s*(?:(?:F1|EM|exact[\s-]match|BLEU|ROUGE(?:-L)?|accuracy|pass@\d+)"
                            r"(?:\s+points?)?|B\s+points?)\s+of\b|\s+of\s+M\b",
                            re.IGNORECASE)  # ("within 0.6 of M")


@rule("within-measure",
      example("On HotpotQA, it stays within 0.7 F1 of an always-retrieve baseline.", "0.7",
              "delta"),
      counter("On HotpotQA, it reaches 61.2 F1 within two retrieval rounds.", "61.2",
              "absolute"),
      example("These results place the 3B model within 2.5 FActScore points of GPT-4o-mini.",
              "2.5", "delta"),
      example("On ASQA it scores 44.3, within 0.6 of GPT-4o.", "0.6", "delta"))
def _within_measure(v: NumberView) -> str | None:
    """ "within 0.7 F1 of X": how far from X, in the measure named."""
    return "delta" if _WITHIN_LEFT_RE.search(v.left) and _MEASURE_OF_RE.match(v.right) else None


@rule("points",
      example("The models achieved an average improvement of 31.4 points.",
              "31.4", "delta"))
def _points(v: NumberView) -> str | None:
    """Points ("3.2 points", "5 pp") are a change in points."""
    return "delta" if v.num.unit == "pts" else None


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
      example("The average gain across six benchmarks is 8.1%.", "8.1%", "delta"))
def _gain_of(v: NumberView) -> str | None:
    """ "a gain of 4.5%", "improvements of up to 12": a change word before the number."""
    return "delta" if _CHANGE_LEFT_RE.search(_left_core(v)) else None


@rule("gain",
      example("LINC scores 26% higher than CoT on ProofWriter.",
              "26%", "delta"))
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
    clause = words(_CLAUSE_SPLIT_RE.split(_left_core(v))[-1])[-9:]
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
    ranking_percent, _by, _gain_of,
    _gain, _change_of, _score)


# ----------------------------------------------------------------------------- sign

@rule("written",
      example("Accuracy changes by -1.8 points on AIME 2024.",
              "-1.8", -1))
def _written(v: NumberView) -> int | None:
    """The sign as written ("-3.2", "↓1.5")."""
    return v.num.sign or None


_PHRASE_OF_OTHER = frozenset({"for", "on", "in", "of", "across", "among", "from", "without"})


# "narrows the gap to GPT-4o to 2.2 points", "the gap to full precision shrinks to under 1 point":
# the gap that remains, the model still behind ("but the gap shrinks to 1.3": whose is unsaid).
_GAP_LEFT_RE = re.compile(
    r"(?:\b(?:narrow|shrink|clos|reduc|cut)\w*\s+(?:the\s+|its\s+)?gap\s+(?:to|with)\b|\bgap\s+"
    r"(?:to|with)\b[^,;]{0,60}?\b(?:narrow|shrink|clos|fall|drop)\w*)[^,;]{0,60}?\bto\s+(?:under\s+"
    r"|about\s+|just\s+|only\s+|within\s+|less\s+than\s+)?$"
    r"|\bgap\s+to\s+[^,;]{0,40}?\b(?:is|was|stays|remains)\s+(?:only\s+|just\s+|about\s+|under\s+)?$",
    re.IGNORECASE)  # "the gap to always-thinking is 1.4 points": how far it trails


_ALL_BUT_RE = re.compile(r"\ball\s+but\s+(?:about\s+|roughly\s+)?$", re.IGNORECASE)


@rule("gap-left",
      example("It also narrows the gap to GPT-4o on MathVerse to 2.2 points.", "2.2 points", -1),
      example("On AIME 2024, the gap to full precision shrinks to under 1 point.", "1 point", -1),
      counter("Distillation wins on AIME 2024, but the gap shrinks to 1.3 points on GPQA-Diamond.",
              "1.3 points", 1),
      example("Pruning drops GSM8K accuracy by 23.5 points, but healing recovers all but 1.8 "
              "points.", "1.8 points", -1),
      example("On MATH-500, the gap to always-thinking is 1.4 points.", "1.4 points", -1))
def _gap_left(v: NumberView) -> int | None:
    """The gap a model narrows to is how far it still trails ("recovers all but 1.8 points")."""
    return -1 if _GAP_LEFT_RE.search(v.left) or _ALL_BUT_RE.search(v.left) else None


@rule("word-after",
      example("Accuracy is 5% lower than the baseline on GSM8K.",
              "5%", -1),
      example("It stays only 0.6 and 1.1 points below the bf16 model.", "0.6", -1),
      example("It scores 46.2% with the image and only 3.1 points less without it.", "3.1 points",
              -1),
      counter("It obtains 38.6% on MATH, a gain of 3.4 points over short-trace distillation.",
              "3.4 points", 1),
      counter("Small models lose 17.9 points on MATH-500, compared with 6.2 points for models "
              "above 7B.", "6.2 points", -1),
      counter("It lifts the RULER score of Tiny-1B by 10.7 points without hurting MMLU.",
              "10.7 points", 1))
def _word_after(v: NumberView) -> int | None:
    """A direction word right after the number ("5% lower", "3 points higher"), or after the
    list it opens ("0.8 and 1.3 points below")."""
    right = LIST_REST_RE.sub("", v.right, count=1)
    for word in right_words(right)[:3]:
        if word in _PHRASE_OF_OTHER:  # "6.2 points for models above 7B": the models' words
            return None
        direction = direction_of(word)
        if direction is not None:
            return direction
    return None


@rule("word-before",
      example("Small models lag behind LLMs by 50% on GSM8K.",
              "50%", -1),
      example("Accuracy collapses, with drops of up to 17.5 points on AIME 2024.",
              "17.5 points", -1),
      example("Quill lowers the average accuracy on AIME 2024, MATH-500 and GPQA-Diamond by only "
              "1.1 points.", "1.1 points", -1),
      example("SCR still underperforms verifier-based GRPO by 6.8 points on MATH-500.",
              "6.8 points", -1),
      example("Pruning lowers AIME 2025 accuracy from 30.0% to 21.3% and GSM8K accuracy by 2.2 "
              "points.", "2.2 points", -1),
      example("It lowers MGSM accuracy by 7.9 points on average, and by up to 21.4 points for "
              "Bengali.", "21.4 points", -1),
      example("On AMC 2023 it improves by 4.2 points, and on MATH-500 it gives up just 0.6 points.",
              "0.6 points", -1),
      example("The shorter traces sacrifice 1.3 points on GPQA-Diamond.", "1.3 points", -1),
      example("Pruning costs 6 to 14 points on the code split, but only 2 to 5 points on the "
              "math split of CompressBench.", "2 to 5 points", -1),
      example("Each exceeds the best cascade at equal cost, by 3.5 points on MMLU-Pro.",
              "3.5 points", 1),
      example("M trails its counterpart, Qwen2.5-7B, by 3.8 points on IDKB.", "3.8 points", -1),
      example("On BIRD it outperforms the best open model below 8B parameters, CodeS-7B, by 4.3 "
              "points.", "4.3 points", 1),
      example("QuestionRM improves the downstream answer accuracy of Qwen2.5-1.5B on AmbigQA by "
              "4.1 points.", "4.1 points", 1))
def _word_before(v: NumberView) -> int | None:
    """The nearest direction word before it in its clause ("drops by 4.1", "improves 5%"); a
    list of benchmarks does not end the clause ("lowers accuracy on A, B and C by 1.3")."""
    reach = max(v.sentence.start, v.num.start - _SIGN_REACH)
    # first since the number before; then, when that says nothing, over it to the clause's verb
    # ("lowers A from 28.9% to 19.6% and B accuracy by 4.8 points": B also goes down)
    for lo in dict.fromkeys((max(reach, v.prev_end), reach)):
        # ("trails its peer, M, by 3.8": the appositive M is no new clause; "the best model
        # below 8B parameters, M, by 4.3": a size bound is no direction)
        left = SIZE_QUALIFIER_RE.sub(" ", NUM_LIST_TAIL_RE.sub("", _BENCH_LIST_MASK_RE.sub(
            "B", mask(v.text, lo, v.num.start, v.sentence).replace(", M,", " M"))))
        clauses = _CLAUSE_SPLIT_RE.split(left)
        clause = GIVE_UP_RE.sub("loses", _HEDGE_TAIL_RE.sub("", clauses[-1]))  # "up to": bound
        if _GAPPED_BY_RE.match(clause) and len(clauses) > 1:
            clause = AT_COST_RE.sub("", clauses[-2]) + " " + clause  # ", and by 21.4 points":
            # the verb is left out
        for word in reversed(words(clause)):
            direction = direction_of(word)
            if direction is not None:
                return direction
    return None


@rule("up",
      example("Our 13B models solve 12% more problems on HumanEval.",
              "12%", 1))
def _up(v: NumberView) -> int | None:
    """No direction written: a gain."""
    return 1


SIGN = table("sign", "sign", "The direction of a change (+1 or -1); a score has +1.",
             _written, _gap_left, ratio.drop_noun, _word_after, _word_before, _up)


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
    fired = apply_first(OVER_100, claim)
    if fired is not None:
        claim.kind_rule, claim.kind = fired
        claim.fired[OVER_100.name] = claim.kind_rule
    return claim
