"""Rescue rules of gapped clauses: "..., and on B 48.2" repeats the kept score's verb."""

from __future__ import annotations

import re

from analysis.claims.rescue_base import RescueView, like_a_kept_score
from analysis.claims.rules import counter, example, rule
from analysis.claims.sentence import mask

# "reaches 79.4 (vs. 75.0 for the best parent), and on B 48.2": the verb left out; an aside in
# brackets may close before the clause
_GAPPED_ON_RE = re.compile(r"^(?:\s*\(?[^;,()]{0,60}\))?\s*[,;]\s*(?:(?:and|while|whereas|but)\s+)?"
                           r"on\s+(?:the\s+)?B\s*$")


@rule("gapped-on-kept",
      example("On GSM8K the merged model reaches 79.4 (vs. 75.0 for the best single parent), and "
              "on MATH 48.2 (vs. 46.9).", "48.2", "keep"),
      example("On GSM8K it scores 81.3, and on MATH-500 62.7.", "62.7", "keep"),
      counter("On GSM8K it scores 81.3, and on MATH-500 12 of the problems time out.", "12",
              "drop"))
def gapped_on_kept(r: RescueView) -> str | None:
    """ "On A it reaches 79.4, and on B 48.2": a decimal right after "and on B", following a
    kept score, is the same kind of score on B."""
    i = r.i
    if not i or r.verdicts[i - 1] != "keep" or not like_a_kept_score(r):
        return None
    gap = mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)
    return "keep" if _GAPPED_ON_RE.match(gap) else None
