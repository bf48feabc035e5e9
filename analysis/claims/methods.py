"""Training and inference methods a paper uses, tagged from its abstract's wording."""

from __future__ import annotations

import re

import pandas as pd

from analysis.claims.caseless import caseless
from analysis.vocab import METHOD_COLUMNS

# One pattern per method family; matched case-insensitively on the abstract.
METHOD_PATTERNS = {
    "method_rl": (r"reinforcement[\s-]+learning|\bRL(?:VR|HF|AIF)?\b|\bGRPO\b|\bPPO\b|\bDAPO\b"
                  r"|\bGSPO\b|policy[\s-]+optimi[sz]ation|verifiable[\s-]+rewards?"
                  r"|R1-Zero-like|reward[\s-]+shaping"),
    "method_distill": (r"distill\w*|\bSFT\b|supervised[\s-]+fine-?tun\w*|long[\s-]+(?:CoT|chain"
                       r"[\s-]+of[\s-]+thoughts?)|teacher[\s-]+(?:model|LLM)s?|student[\s-]+"
                       r"models?|(?:reasoning|CoT)[\s-]+traces[\s-]+from"),
    "method_tts": (r"test[\s-]+time[\s-]+(?:scaling|compute|search)|inference[\s-]+time[\s-]+"
                   r"(?:scaling|compute|search)|best[\s-]+of[\s-]+n\b|majority[\s-]+vot\w*"
                   r"|self[\s-]+consistency|beam[\s-]+search|tree[\s-]+search|\bMCTS\b"
                   r"|monte[\s-]+carlo[\s-]+tree|process[\s-]+reward[\s-]+model|\bPRMs?\b"
                   r"|verifier|budget[\s-]+forcing|parallel[\s-]+(?:decoding|sampling|scaling)"),
    "method_pref": (r"\bDPO\b|direct[\s-]+preference|preference[\s-]+(?:optimi[sz]ation|data\w*"
                    r"|pairs|learning|alignment|model\w*)|\bORPO\b|\bSimPO\b|\bKTO\b|\bIPO\b"
                    r"|\bRLHF\b|reward[\s-]+model(?:ing)?\s+from\s+human"),
}
_COMPILED = {k: re.compile(v, re.IGNORECASE) for k, v in METHOD_PATTERNS.items()}
# "without RL or distillation", "no preference data": a mention that denies the method.
_NEGATION_RE = caseless(r"\b(?:without|no|not|instead\s+of|rather\s+than|w/o|free\s+of)\s+"
                        r"(?:\w+\s+){0,2}$")


def _uses(pattern: re.Pattern, text: str) -> bool:
    for m in pattern.finditer(text):
        if not _NEGATION_RE.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


def tag_methods(papers: pd.DataFrame) -> pd.DataFrame:
    """paper_id and one bool per method family (METHOD_COLUMNS), from title and abstract.

    A family counts when the text names it other than in a negation ("without RL").
    """
    rows = []
    for paper_id, title, abstract in zip(papers["paper_id"], papers["title"],
                                         papers["abstract"], strict=True):
        text = f"{title}. {abstract}" if isinstance(abstract, str) else str(title)
        rows.append({"paper_id": paper_id,
                     **{name: _uses(pattern, text) for name, pattern in _COMPILED.items()}})
    frame = pd.DataFrame(rows, columns=["paper_id", *METHOD_COLUMNS])
    for column in METHOD_COLUMNS:
        frame[column] = frame[column].astype(bool)
    return frame
