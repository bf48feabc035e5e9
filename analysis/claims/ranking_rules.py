"""Ranking rules: a percent change of a ranking metric (NDCG@10, Recall@20) is relative."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import BY_RE, NumberView
from analysis.claims.rules import counter, example, rule

# Ranking and retrieval metrics are reported as fractions ("an NDCG@10 of 0.418"), so a change
# of one "by 9.3%" is a ratio of two scores, never 9.3 points of a 0-1 scale.
_RANKING_METRIC_RE = caseless(r"\b(?:n?DCG|NDCG|Recall|HR|Hit|Hits|MRR|MAP|Precision)@\d+"
                              r"|\bMRR\b|\bAUC\b|\bhit\s+rate\b")
_REACH = 150  # characters before the number in which the metric is named
_HIGHER_RE = re.compile(r"\s*(?:higher|lower|better|worse)\b")  # "12% higher than M"


@rule("ranking-percent",
      example("KG-Think improves Recall@20 over KGAT by 9.3% on Last.FM.", "9.3%", "relative"),
      example("On KuaiRec, it improves Recall@20 by 18% over a GRU4Rec baseline.", "18%",
              "relative"),
      example("It obtains an NDCG@10 of 0.418 on MovieLens-1M, 12% higher than Qwen2.5-3B.", "12%",
              "relative"),
      counter("It improves accuracy over KGAT by 9.3% on Last.FM.", "9.3%", "delta"),
      counter("It reaches an NDCG@10 of 41.8% on MovieLens-1M.", "41.8%", "absolute"))
def ranking_percent(v: NumberView) -> str | None:
    """ "improves Recall@20 over KGAT by 9.3%", "an NDCG@10 of 0.418, 12% higher than M": the
    change of a ranking metric in percent."""
    if v.num.unit != "%" or not (BY_RE.search(v.left) or _HIGHER_RE.match(v.right)):
        return None
    lo = max(v.sentence.start, v.num.start - _REACH)
    return "relative" if _RANKING_METRIC_RE.search(v.text, lo, v.num.start) else None
