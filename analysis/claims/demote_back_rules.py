"""Demote-back rules: a kept number dropped after all for the dropped number after it."""

from __future__ import annotations

import re

from analysis.claims.demote_rules import ListedView
from analysis.claims.rules import counter, example, rule, table


@rule("from-of-share-pair",
      example("Correct-to-incorrect flips fall from 11% to 3% of questions.", "11%", "drop"))
def _from_of_share_pair(v: ListedView) -> str | None:
    """ "from 11% to 3% of questions": the share words after the pair are both ends'."""
    if v.num.pair_role == "from" and v.prev.pair_role == "to" and v.prev_rule == "share-of":
        return "drop"
    return None


# "to 1,510 tokens": a noun right after the number (not "73.9 without any human labels").
_NOUN_NEXT_RE = re.compile(r"\s*(?!(?:without|with|at|in|on|for|under|after|before|while|and|or"
                           r"|but|when|across|over|from|to|by|than|as)\b)[a-z]")


@rule("from-of-counted-pair",
      example("It shortens responses on MATH-500 from 4,820 to 1,510 tokens.", "4,820", "drop"),
      example("Increasing the recurrence from 4 to 16 iterations yields gains on GSM8K.", "4",
              "drop"),
      counter("Three rounds raise MathVista accuracy from 68.2 to 73.9 without any human labels.",
              "68.2", "keep"))
def _from_of_counted_pair(v: ListedView) -> str | None:
    """ "from 4,820 to 1,510 tokens": the noun right after a bare pair counts both ends (the
    view's gap here is the text after the second end)."""
    if v.num.pair_role == "from" and v.prev.pair_role == "to" and not v.num.unit and \
            not v.prev.unit and v.prev_rule in ("non-score-after", "count", "count-plural") \
            and _NOUN_NEXT_RE.match(v.gap):
        return "drop"
    return None


# "18% of MuSiQue and 46% of HotpotQA bridge questions admit a shortcut": one share each.
_SHARES_LISTED_RE = re.compile(r"^\s*(?:of\s+(?:the\s+)?B(?:\s+[a-z-]+){0,2}\s*)?"
                               r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$")
# "used by 38% and 27% of papers": shares of a population of papers, listed bare
_OF_PAPERS_RE = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\d[\d.]*%)*"  # (the list's rest)
                           r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:papers|studies|works"
                           r"|articles|submissions|teams|respondents)\b")
_LISTED_SHARE_VERDICTS = ("share-of", "measure-of-use", "subject-share", "share-of-listed-back")


@rule("share-of-listed-back",
      example("We find that 18% of MuSiQue and 46% of HotpotQA bridge questions admit a shortcut.",
              "18%", "drop"),
      example("We find that 38% of WikiTQ test sheets, 27% of TabFact test sheets and 64% of "
              "Spider test databases contain a duplicate row.", "38%", "drop"),
      example("LegalBench and LexGLUE are used by 38% and 27% of papers respectively.", "38%",
              "drop"),
      counter("M, N and O produce valid plans for 43.0%, 35.5% and 21.8% of tasks, respectively.",
              "35.5%", "keep"),
      counter("It solves 48.1% of AIME25 and 88.0% of MATH500 problems.", "48.1%", "keep"),
      counter("It solves 48.1% of AIME25 problems and 88.0% of MATH500 problems.", "48.1%",
              "keep"))
def _share_of_listed_back(v: ListedView) -> str | None:
    """ "18% of B and 46% of C questions ...", "38% and 27% of papers": the share after (no
    score) says what the first is a share of."""
    if v.prev_rule in _LISTED_SHARE_VERDICTS and v.num.unit == v.prev.unit == "%" and \
            _SHARES_LISTED_RE.match(v.between) and (
                v.between.lstrip().startswith("of") or _OF_PAPERS_RE.match(v.gap)):
        return "drop"
    return None


DEMOTE_BACK = table("demote-back", "verdict",
                    "A kept number dropped after all for the number after it.",
                    _from_of_share_pair, _from_of_counted_pair, _share_of_listed_back)
