"""Text primitives of claim extraction: the numbers in a sentence (spans.py: the sentences)."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from analysis.claims.caseless import caseless
from analysis.claims.number_matches import number_matches

# ----------------------------------------------------------------------------- numbers

_DIGIT_RE = re.compile(r"\d")  # the digit (\d, as in NUM_RE) every number has
_ALNUM_TAIL_RE = re.compile(r"(?<![\w.-])[A-Za-z]+\d+$")  # "ICEWS05" before "-15"
_SPREAD_BEFORE_RE = re.compile(r"(?:±|\\pm|\+/-|\+-)\s*$")  # "61.2 ± 1.4": a spread follows
_SPREAD_AFTER_RE = re.compile(r"\s*(?:±|\\pm|\+/-|\+-)\s*\d+(?:\.\d+)?(?:\s?%)?")
_BOUND_RE = caseless(
    r"(?:\b(?P<bound>slightly\s+less\s+than|less\s+than|fewer\s+than|more\s+than|greater\s+than"
    r"|at\s+least|at\s+most|up\s+to|under|below|over|above|nearly|almost|approximately|approx\.?"
    r"|about|around|roughly|only|just|near|exceeding)\s*|(?P<sym>[~<>≈]|&gt;|&lt;)\s*)$",)
_BOUND_KIND = {**dict.fromkeys(("less", "fewer", "under", "below", "most"), "upper"), "up": "up-to",
               **dict.fromkeys(("more", "greater", "least", "over", "above", "exceeding"), "lower")}


@dataclass
class Num:
    """One number in an abstract with what is written around it."""

    start: int  # offsets in the abstract of the whole mention (marker, sign, number, unit)
    end: int
    num_start: int  # offsets of the digits alone (the claim id keys on num_start)
    value: float
    sign: int = 0  # +1 / -1 when written with a sign or an up/down marker, else 0
    unit: str = ""  # "%", "pts", "x", "/100" or ""
    marker: str = ""  # "delta", "up", "down" for TeX-like arrows and deltas, else ""
    bound: str = ""  # "upper", "lower", "approx", "up-to" when "under 12", "over 80%"...
    high: float | None = None  # upper end of a range ("4-17%"); value is then the lower end
    high_start: int | None = None
    pair_with: int | None = None  # index of the other number of a "from A to B" pair
    pair_role: str = ""  # "from" or "to"
    listed: int = 0  # members of the slash list it is in ("46.7/26.7/84.0/54.5": 4), else 0


# "RTLLM 2.0": one digit, one decimal right after a name of two capitals or more is its version.
_VERSION_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*[A-Z][\w-]* $"
                                r"|(?<![\w-])[A-Z][a-z]+ [A-Z][\w-]+ $")  # ("Audio Flamingo 2")
_VERSION_RE = re.compile(r"\d\.\d|[1-9]")  # "RTLLM 2.0", "AstroMLab 1"
_RATING_BEFORE_RE = caseless(r"\b(?:rating|Elo)\s*(?:of\s+|:\s*|=\s*|is\s+|at\s+)?$")


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.strip().lower()
    if "point" in raw or "pt" in raw or raw in ("pp", "p.p."):
        return "pts"
    if "%" in raw or raw.startswith("percent"):
        return "%"
    if raw in ("x", "×", "times") or "\\times" in raw:
        return "x"
    return "/100" if raw == "/100" else ""


# "50.0/33.3/85.4/57.1 on AIME24/AIME25/MATH-500/GPQA-Diamond": numbers joined by slashes.
_SLASH_LIST_RE = re.compile(r"(?<![\w.,/])\d+(?:\.\d+)?%?(?:\s?/\s?\d+(?:\.\d+)?%?)+(?![\w/])")
_SLASH_RE = re.compile(r"\s?/\s?")


def _slash_lists(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of slash-joined scores: at least half the members with decimals, so that a
    fraction ("8/15") or a list of counts ("1/2/4/8 GPUs") stays out."""
    if "/" not in text[start:end]:
        return []
    spans = []
    for m in _SLASH_LIST_RE.finditer(text, start, end):
        parts = _SLASH_RE.split(m.group())
        if 2 * sum("." in p for p in parts) >= len(parts):
            spans.append(m.span())
    return spans


def _embedded(text: str, first: int, last: int, has_unit: bool, slashed: bool = False,
              maths: bool = False) -> bool:
    """True when text[first:last] is part of a word or name ("GPT-4", "7B", "8/15", "4-bit").

    In a slash list of scores (`slashed`) the slashes separate numbers, not parts of a name; a
    `maths` number ("$\\sim$1.5", "$-0.8$") opens with a "$" that is no variable's.
    """
    before = text[first - 1] if first > 0 else " "
    if maths and before == "$":
        before = " "
    after = text[last] if last < len(text) else " "
    if slashed:
        before, after = (" " if c == "/" else c for c in (before, after))
    if before.isalnum() or before in "_.$^=/@#{":
        return True
    if (before == "×" and text[first - 2:first - 1].isdigit()) or (
            after == "×" and text[last + 1:last + 2].isdigit()):
        return True  # "the 4×4 puzzles": a grid's size
    if before in "-–" and first > 1 and (text[first - 2].isalpha() or _ALNUM_TAIL_RE.search(
            text, max(0, first - 12), first - 1)):
        return True  # "GPT-4", "ARC-AGI-2", "top-30%", "ICEWS05-15"
    if not has_unit and (after.isalpha() or after in "_/^⁰¹²³⁴⁵⁶⁷⁸⁹" or (
            after in "-–" and text[last + 1:last + 2].isalpha())):
        return True  # "7B", "17k", "8/15", "4-bit", "9-by-9", "10^4", "10⁴"
    return False


_MARKERS = {"delta": "delta", "δ": "delta", "triangle": "delta", "uparrow": "up", "↑": "up",
            "downarrow": "down", "↓": "down", "sim": "approx"}  # TeX "\sim" lost its backslash


def _bound_of(text: str, lo: int, pos: int) -> str:
    bound = _BOUND_RE.search(text, max(lo, pos - 30), pos)
    if not bound:
        return ""
    words = (bound.group("bound") or bound.group("sym") or "").lower().split()
    if words[-1:] == ["than"]:  # "less than", "slightly more than": the comparative decides
        words = words[:-1]
    key = "up" if words[:1] == ["up"] else (words[-1] if words else "")
    if key in ("only", "just"):
        return ""
    if key in (">", "&gt;"):
        return "lower"
    if key in ("<", "&lt;"):
        return "upper"
    return _BOUND_KIND.get(key, "approx")


class SpanSet:
    """Spans (start, end) answering "does any overlap [lo, hi)?" by bisection, not a scan."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # reach[i]: the largest end among the first i + 1 spans
        for _, b in ordered:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def overlaps(self, lo: int, hi: int) -> bool:
        """True when some span (a, b) has a < hi and lo < b."""
        count = bisect.bisect_left(self.starts, hi)  # spans starting before hi
        return count > 0 and self.reach[count - 1] > lo


def _unmasked(text: str, start: int, end: int, masked: SpanSet) -> list[re.Match]:
    """The number matches of text[start:end] whose digits are in no name (most digits are:
    "Qwen2.5-7B"; this cheapest test first)."""
    return [m for m in number_matches(text, start, end)
            if not masked.overlaps(m.start("num"), m.end("num"))]


def _year_or_version(text: str, start: int, first: int, raw: str, value: float,
                     marker: str | None) -> bool:
    """A year ("ICLR 2025", "in 2023"; not "a Codeforces rating of 2017") or the version of a
    name ("RTLLM 2.0", "VerilogEval 1.1"): a bare number (`raw`, read as `value`), no score."""
    if not marker and value.is_integer() and 1900 <= value <= 2100:
        return not _RATING_BEFORE_RE.search(text, start, first)
    return bool(_VERSION_RE.fullmatch(raw) and _VERSION_BEFORE_RE.search(
        text, max(start, first - 40), first))


def may_hold_numbers(text: str) -> bool:
    """Whether scan_numbers can find a number in `text`: each has a digit or is a number word
    before "points" (_worded_points). Without one, an abstract holds no claim and no fact."""
    return "point" in text or _DIGIT_RE.search(text) is not None


def scan_numbers(text: str, start: int, end: int,
                 masked: list[tuple[int, int]] | SpanSet) -> list[Num]:
    """Numbers of text[start:end] that can be scores: not inside a name, a year or a fraction."""
    if not isinstance(masked, SpanSet):
        masked = SpanSet(masked)
    if not _DIGIT_RE.search(text, start, end):  # most sentences have no digit: spare the scan
        return _worded_points(text, start, end, masked)
    found: list[Num] = []
    slash_lists = _slash_lists(text, start, end)
    for m in _unmasked(text, start, end, masked):
        marker_raw, sign_raw, unit_raw = m.group("marker"), m.group("sign"), m.group("unit")
        first = m.start()
        if sign_raw and not marker_raw and first > 0 and (text[first - 1].isdigit()
                                                          or text[first - 1] == "%"):
            sign_raw, first = None, m.start("num")  # the dash of a range "4-17%", "1.5%-2.8%"
        in_list = [(a, b) for a, b in slash_lists if a <= first < b]
        maths = (marker_raw or "").startswith("\\") or (sign_raw or "").startswith("$")
        if _embedded(text, first, m.end(), bool(unit_raw), bool(in_list), maths):
            continue
        if not unit_raw and not sign_raw and text[m.end():m.end() + 1] == ")" and (
                first == 0 or text[first - 1] in " (") and len(m.group("num")) == 1:
            continue  # an enumerator "(1)" or "2)"
        if _SPREAD_BEFORE_RE.search(text, max(start, first - 6), first):
            continue  # the spread of the score before it ("61.2 ± 1.4")
        value = float(m.group("num").replace(",", ""))
        if not math.isfinite(value):
            continue  # 400 digits overflow a float: not a score anyone reports
        unit = _unit(unit_raw) or ("x" if "factor" in text[max(start, first - 20):first] and
                                   _FACTOR_OF_RE.search(text, max(start, first - 90), first)
                                   else "")
        if not unit and not sign_raw and _year_or_version(
                text, start, first, m.group("num"), value, marker_raw):
            continue
        marker = _MARKERS.get((marker_raw or "").strip().strip("$").lstrip("\\").lower(), "")
        sign = {"+": 1, "-": -1, "−": -1, "–": -1}.get((sign_raw or "").strip("$"), 0)
        if marker == "down":
            sign = -1
        spread = _SPREAD_AFTER_RE.match(text, m.end(), end)  # the score's mention ends after it
        num = Num(first, spread.end() if spread else m.end(), m.start("num"), value, sign, unit,
                  "" if marker == "approx" else marker)
        num.bound = "approx" if marker == "approx" else _bound_of(text, start, first)
        if in_list:
            num.listed = len(_SLASH_RE.split(text[in_list[0][0]:in_list[0][1]]))
        found.append(num)
    found += _worded_points(text, start, end, masked)
    found.sort(key=lambda n: n.start)
    return _merge_ranges(text, _share_units(text, found))


_COMPARATIVE_AFTER_RE = re.compile(r"\s+(?:below|above|behind|ahead|higher|lower|short|more|less"
                                   r"|better|worse|under|over)\b")
_UNIT_LIST_GAP_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$")


def _share_units(text: str, nums: list[Num]) -> list[Num]:
    """"2.9 and 2.3 points", "4.1, 3.8 and 2.0%": the unit written once after a list of
    numbers is every member's (a bare member takes it from the next)."""
    for cur, nxt in zip(reversed(nums[:-1]), reversed(nums[1:]), strict=True):
        gap = text[cur.end:nxt.start]
        appositive = "and" not in gap and "or" not in gap and \
            _COMPARATIVE_AFTER_RE.match(text, nxt.end)
        if not cur.unit and nxt.unit in ("pts", "%") and not cur.marker and \
                _UNIT_LIST_GAP_RE.match(gap) and not appositive:
            cur.unit = nxt.unit  # not "scores 71.2, 3.4 points below M": a score and its gap
    return nums


_WORD_VALUES = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_WORD_VALUES.update(thirty=30.0, forty=40.0, fifty=50.0)
# "improves StrategyQA accuracy by ten points": a change written in words, after a verb that
# changes a score ("shifts accuracy by more than three points" is no result).
_WORDED_POINTS_RE = caseless(r"\b(?P<num>" + "|".join(_WORD_VALUES)
                             + r")(?P<unit>\s+(?:percentage[\s-])?(?:[A-Z]{1,3}\s+)?points?)\b")
_WORDED_VERB_RE = caseless(r"\b(?:improv|rais|lower|boost|increas|decreas|drop|los[ei]|cost"
                           r"|gain|lift|reduc|hurt|degrad)\w*\b[^;,.]{0,60}$")


def _worded_points(text: str, start: int, end: int, masked: SpanSet) -> list[Num]:
    """Changes written as a number word before "points" ("by ten points")."""
    if "point" not in text[start:end]:
        return []
    out = []
    for m in _WORDED_POINTS_RE.finditer(text, start, end):
        if not masked.overlaps(m.start(), m.end()) and _WORDED_VERB_RE.search(
                text, max(start, m.start() - 80), m.start()):
            num = Num(m.start(), m.end(), m.start(), _WORD_VALUES[m.group("num").lower()],
                      unit="pts")
            num.bound = _bound_of(text, start, m.start())  # ("costs less than one point":
            out += [num] if num.bound != "upper" else []  # a change too small to state)
    return out


# "improves accuracy by a factor of 1.4": a score's ratio, as "1.4x" is (not "compresses
# reasoning chains by a factor of 5.3")
_FACTOR_OF_RE = caseless(r"\b(?:improv|increas|rais|boost|lift|multipl)\w*\s+(?:[\w-]+\s+){0,4}?"
                         r"by\s+a\s+factor\s+of\s+(?:about\s+|nearly\s+|roughly\s+)?$")
_RANGE_SEP_RE = re.compile(r"^\s*(?:-|–|—|~|to|\\?sim)\s*$")
# "from 48.3 (full-data training) to 53.9": a bracket on the first end may come between.
# ("from 71.3 (InternVL2.5-2B) to 76.0": a name with its digits; a number in the brackets would
# be a number of its own, so the two ends would not be neighbours)
_PAIR_SEP_RE = re.compile(r"^\s*(?:\((?=[^()]*[A-Za-z])[^()]{1,40}\)\s*)?(?:to(?:\s+(?:above|over"
                          r"|under|below|about|nearly|approximately|around|just|only))?"
                          r"|\\?rightarrow|→|->|=>)\s*$")
# "from 54.2 for the dense model to 53.1": the first end's model between the two ends, or the
# condition it was measured under ("from 94.1% at a 1k-token budget to 90.3%", "from 71.2 in
# non-thinking mode to 68.9", "from 38.9 without retrieval to 47.5").
_PAIR_FOR_SEP_RE = re.compile(r"^\s*(?:for|with|without|at|under|of|when|in|using|before|after)\s+"
                              r"(?:(?!(?<![\w.])\d+\.\d+"
                              r"(?![KMBT]\b)|\d+\s*%)(?:[^,;]|(?<=\d),(?=\d{3}))){1,50}?\s+to(?:\s+(?:about|nearly"
                              r"|approximately|around|roughly|over|under|above|below))?\s*$")
# ("2,048": a thousands comma inside the condition; "for the audio-only Qwen2.5-Omni-3B to": a
# version inside a name is no number)
# ("from a single-sample 74.6% to 81.9%": the first end described; "rises on B (83.9% to
# 85.2%)": a change, in brackets)
_FROM_RE = caseless(r"\bfrom\s+(?:an?\s+[\w@-]+\s+(?:of\s+)?)?(?:(?:under|below|over|above|about"
                    r"|approximately|around|nearly|just|only|roughly)\s+)?$|\b(?:rises|rose|falls"
                    r"|fell|drops|dropped|improves|climbs|grows)\b[^.;()]{0,20}\(\s*$")
# "from an overall reasoning score of 49.6 to 55.1": the first end's metric in a few words
_FROM_NAMED_RE = caseless(r"\bfrom\s+an?\s+(?:[\w@-]+\s+){2,3}of\s+$")
_RANGING_RE = caseless(r"\b(?:rang\w*|between|vary\w*|anywhere|spann?\w*)\s+(?:from\s+)?$")
_BETWEEN_RE = caseless(r"\bbetween\s+$")  # "between 0% and 30%": a range
# "rises to 73.4, up from 61.0", "to 73.4 from 61.0": a pair written backwards
_BACK_SEP_RE = re.compile(r"^\s*%?\s*(?:([,(]\s*(?:up|down))|,?)\s+from\s+(?:about\s+)?$")
_TO_LEFT_RE = re.compile(r"\bto\s+(?:about\s+|nearly\s+|roughly\s+)?\Z")


def _merge_ranges(text: str, nums: list[Num]) -> list[Num]:
    """Join "4-17%" / "+15 to +40" into one range; link "from 63% to 80%" as a pair."""
    out: list[Num] = []
    i = 0
    while i < len(nums):
        cur = nums[i]
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if nxt is not None and (not cur.unit or cur.unit == nxt.unit):
            gap = text[cur.end:nxt.start]
            ranging = _RANGING_RE.search(text, max(0, cur.start - 40), cur.start)
            is_from = bool(_FROM_RE.search(text, max(0, cur.start - 25), cur.start) or
                           _FROM_NAMED_RE.search(text, max(0, cur.start - 50), cur.start)) \
                and not ranging
            arrow = bool(gap.strip()) and "to" not in gap
            separated = bool(_RANGE_SEP_RE.match(gap)) or (
                not gap and text[nxt.start:nxt.start + 3] == "sim") or (
                gap.strip() == "and" and bool(_BETWEEN_RE.search(text, max(0, cur.start - 10),
                                                                  cur.start)))
            # "ranges from -1.8 to +0.5", "by -0.6 to +1.4 points" (not a from-to pair), "by
            # between -2.0 and 3.1"
            across_zero = separated and cur.sign < 0 and (nxt.sign > 0 or (  # ("range from
                nxt.sign == 0 and (gap.strip() == "and" or ranging))) and (  # -0.6 to 1.9")
                gap.strip() == "and" or (gap.strip() == "to" and (ranging or not is_from)))
            back = None if cur.pair_role else _BACK_SEP_RE.match(gap)
            if back and (back.group(1) or _TO_LEFT_RE.search(text, max(0, cur.start - 20),
                                                         cur.start)):
                cur.pair_role, nxt.pair_role = "to", "from"  # "to 73.4, up from 61.0"
                cur.pair_with, nxt.pair_with = len(out) + 1, len(out)
                nxt.unit = nxt.unit or cur.unit
            elif (_PAIR_SEP_RE.match(gap) and (is_from or arrow)) or (
                    is_from and _PAIR_FOR_SEP_RE.match(gap)):
                cur.pair_role, nxt.pair_role = "from", "to"
                cur.pair_with, nxt.pair_with = len(out) + 1, len(out)
                cur.unit = cur.unit or nxt.unit
            elif across_zero or (separated and cur.sign == nxt.sign and not is_from and (
                    nxt.value < cur.value if cur.sign < 0 else nxt.value > cur.value)):
                # "-1.7 and -0.4": magnitudes, low to high; "between -4.2 and +1.1": signed
                ends = (-cur.value, nxt.value) if across_zero else (cur.value, nxt.value)
                cur.value, cur.high = min(ends), max(ends)
                cur.high_start, cur.end = nxt.num_start, nxt.end
                cur.unit, cur.bound = nxt.unit or cur.unit, cur.bound or nxt.bound
                cur.sign = 1 if across_zero else cur.sign
                out.append(cur)
                i += 2
                continue
        if not cur.pair_role:
            crossed = _crossed_pairs(text, nums, i, len(out))
            if crossed:
                out += nums[i:i + crossed]
                i += crossed
                continue
            _pair_over_condition(text, nums, i, len(out))
        out.append(cur)
        i += 1
    return out


_LIST_SEP_RE = re.compile(r"^\s*(?:%\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)$")
_TO_SEP_RE = re.compile(r"^\s*(?:%\s*)?to\s*$")


def _crossed_pairs(text: str, nums: list[Num], i: int, at: int) -> int:
    """ "from 14.2% and 11.8% to 22.9% and 19.0%": the k-th "from" number and the k-th "to"
    number a pair, for lists of equal length (2 to 4); how many numbers that took, else 0."""
    if not _FROM_RE.search(text, max(0, nums[i].start - 25), nums[i].start):
        return 0
    for k in (2, 3, 4):
        run = nums[i:i + 2 * k]
        if len(run) < 2 * k or len({n.unit for n in run}) > 1:
            return 0
        gaps = [text[a.end:b.start] for a, b in zip(run, run[1:], strict=False)]
        if not all(_LIST_SEP_RE.match(g) for g in gaps[:k - 1]):
            return 0
        if _TO_SEP_RE.match(gaps[k - 1]) and all(_LIST_SEP_RE.match(g) for g in gaps[k:]):
            for j in range(k):
                run[j].pair_role, run[j + k].pair_role = "from", "to"
                run[j].pair_with, run[j + k].pair_with = at + j + k, at + j
            return 2 * k
    return 0


# "from 21.7% at 2,048 tokens to 55.0%": the condition's own number between the two ends.
_OVER_CONDITION_RE = re.compile(r"^\s*(?:at|with|under)\s+(?:an?\s+)?\S+\s+(?:[a-z-]+\s+){1,2}?"
                                r"to\s*$")


def _pair_over_condition(text: str, nums: list[Num], i: int, at: int) -> None:
    """Link nums[i] and nums[i + 2] as a "from ... to" pair over a condition's number (`at`:
    the index nums[i] takes in the output)."""
    if i + 2 >= len(nums):
        return
    cur, cond, end = nums[i], nums[i + 1], nums[i + 2]
    if cur.unit and cur.unit == end.unit and not cond.unit and \
            _FROM_RE.search(text, max(0, cur.start - 25), cur.start) and \
            _OVER_CONDITION_RE.match(text[cur.end:end.start]):
        cur.pair_role, end.pair_role = "from", "to"
        cur.pair_with, end.pair_with = at + 2, at


