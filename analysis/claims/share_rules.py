"""Verdict rules for shares of data and lists of shares: the make-up of a mix, not scores."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import HEDGE, NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import contains_any, holds_any

# "the selected 9% subset"; "with 45% math, 30% science and 25% code": shares of the data.
_SUBSET_AFTER_RE = caseless(r"^\s*(?:subset|sample|slice|portion|split)\b"
                            # "118K programs, 22% of which were discarded by the check"
                            r"|^\s*of\s+which\s+(?:were|are|was|is)\s+(?:discarded|removed"
                            r"|filtered|dropped|rejected|kept|retained)\b")
# "a train, validation and test split of 70, 10 and 20 percent": the split's shares.
_SPLIT_OF_RE = caseless(r"\bsplits?\s+of\s+(?:\d[\d.]*\s*%?\s*(?:,\s*(?:and\s+)?|and\s+))*$")
_MIX_LEFT_RE = caseless(r"(?:\bwith|,|\band)\s*$")
# "a mixture that includes 10% perturbed prompts": a share of the training data.
_INCLUDES_LEFT_RE = caseless(r"\b(?:(?:includ|contain|compris|admit|introduc|add|mix)\w*"
                             r"|mix\w*\s+(?:[\w-]+\s+){0,3}?with)\s+"  # "mixing logic data
                             r"(?:only\s+|about\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+"
                             r"|less\s+than\s+)?$")  # with 20%"
_WITH_LEFT_RE = caseless(r"\bwith\s+(?:only\s+|about\s+|roughly\s+)?$")
_DATA_NOUN_RE = caseless(r"\s*(?:[\w-]+\s+){0,2}?(?:prompts|examples|samples|traces|problems|data"
                         r"|questions|demonstrations|text|tokens|trajectories|rollouts|dialogues"
                         r"|systems|instances|items|equations)\b")
# ("with 31% geometry, 27% algebra, ... and 20% number theory.": the topics of a problem set)
_MIX_PART_RE = caseless(r"^\s*(?:math|maths|mathematics|science|code|coding|general|chat|web"
                        r"|synthetic|instruction|geometry|algebra|combinatorics|number\s+theory"
                        r"|probability|statistics|calculus|precalculus|physics|chemistry|biology)"
                        r"(?:\s+(?:data|traces|examples|samples|problems))?\s*"
                        r"(?:,|and\b|\)|;|\.(?!\d)|$)")
# "make up 0%, 2%, 5%, 10% or 20% of the mixture": the list's last member says what all are of.
_PCT_LIST_TAIL_RE = re.compile(r"^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d[\d.]*\s*%)+"
                               r"\s+of\b")
_PCT_LIST_HEAD_RE = re.compile(r"(?:\d[\d.]*\s*%\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")
_SHARE_LIST_LEFT_RE = caseless(r"\b(?:make\w*\s+up|account\w*\s+for|constitut\w*|represent\w*"
                               r"|compris\w*)\s+(?:only\s+|about\s+|roughly\s+)?$")


@rule("data-share",
      example("RL on the selected 9% subset yields 49.5% on MathVista.", "9%", "drop"),
      example("The best mixture, with 45% math, 30% science and 25% code, reaches 52.5% on "
              "GPQA-Diamond.", "30%", "drop"),
      example("Training on a mixture that includes 10% perturbed GSM8K prompts restores "
              "robustness.", "10%", "drop"),
      example("Without the checker, the OlympiadBench-style pool admits 17% unverifiable "
              "problems.", "17%", "drop"),
      example("Mixing 20% math problems into the RL data preserves GSM8K performance.", "20%",
              "drop"),
      example("Mixing logic data with 20% mathematics prompts preserves MATH-500 accuracy.",
              "20%", "drop"),
      example("A mixture with 20% trajectories raises ALFWorld success from 22.4% to 57.9%.",
              "20%", "drop"),
      example("Our best mixture, Muse-1B with 5% theory text, improves MusicTheoryBench accuracy "
              "from 27.4% to 35.0%.", "5%", "drop"),
      example("The MultiHiertt distillation set contains 118K programs, 22% of which were "
              "discarded by the grounding check.", "22%", "drop"),
      example("Models whose pretraining mixture contains more than 30% Chinese text do best on "
              "C-Eval.", "30%", "drop"),
      example("MixQuery-9K has a train, validation and test split of 70, 10 and 20 percent.",
              "20 percent", "drop"),
      example("The first release contains 640 problems across 5 difficulty levels, with 31% "
              "geometry, 27% algebra, 22% combinatorics, and 20% number theory.", "20%", "drop"),
      counter("It reaches 45% math accuracy on MATH-500.", "45%", "keep"),
      example("The ODEBench test split is stratified by behaviour, with 22% chaotic systems.",
              "22%", "drop"))
def data_share(v: NumberView) -> str | None:
    """ "the selected 9% subset", "45% math, 30% science and 25% code", "includes 10% perturbed
    prompts": a share of the data."""
    if v.text.find("split", v.sentence.start, v.num.start) >= 0 and _SPLIT_OF_RE.search(
            v.text, v.sentence.start, v.num.start) and (v.num.unit == "%" or v.right.lstrip(
            ", ").startswith(("and", "percent")) or v.right.lstrip().startswith(",")):
        return "drop"
    if v.num.unit != "%":
        return None
    return "drop" if _SUBSET_AFTER_RE.match(v.right) or (  # (the anchored test first)
        _MIX_PART_RE.match(v.right) and _MIX_LEFT_RE.search(v.left)) or (
        _DATA_NOUN_RE.match(v.right) and (_INCLUDES_LEFT_RE.search(v.left) or
                                          _WITH_LEFT_RE.search(v.left))) else None


@rule("share-list",
      example("Generated puzzles make up 0%, 2%, 5%, 10% or 20% of the mixture on GSM8K.", "5%",
              "drop"),
      counter("On GSM8K, Sage-1B scores 2%, 5% and 10% above its base model.", "5%", "keep"))
def share_list(v: NumberView) -> str | None:
    """ "make up 0%, 2%, 5%, 10% or 20% of the mixture": every member is what the share verb
    before the list says of the last."""
    if v.num.unit != "%" or not _PCT_LIST_TAIL_RE.match(v.right):
        return None
    before = _PCT_LIST_HEAD_RE.sub("", v.text[v.sentence.start:v.num.start])
    return "drop" if _SHARE_LIST_LEFT_RE.search(before) else None


# "we find that 72% of decoded memories mention ...", "yet 23% of its tests contain no
# assertion", "with 58% involving missing constraints", "About 40% of the theorems require ...":
# a share that is the subject of a verb, which no score is (unless the verb says solved).
_OPENER_RE = caseless(r"(?:\b(?:that|and|while|whereas|yet|but|with|although|though|in\s+which)"
                      r"|[;:,])\s*"
                      r"(?:only\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|around\s+"
                      r"|just\s+)?$")
_SENTENCE_OPENER_RE = caseless(r"\s*(?:(?:only|about|roughly|nearly|almost|over|around|just)"
                               r"\s+)?")
_SUBJECT_VERB_RE = re.compile(
    r"\s*(?:of\s+(?:(?:the|its|their|these|those|all|our)\s+)?(?:[\w'’-]+\s+){0,3}?[a-z-]+s\s+"
    r"(?:(?:in|from|on)\s+(?:the\s+)?[\w-]+\s+)?)?"  # ("of the theorems in B require")
    r"(?:(?:which|that)\s+)?"
    r"(?:(?:are|were|is|was|have|has|had|do|does|did|can|cannot|could|may|might|will|would)\b"
    r"|(?:exploit|cache|mention|contain|includ|lack|involv|requir|need|rel[yi]|report|show"
    r"|exhibit|appear|stem|originat|concern|target|featur|cover|belong|suffer|produc|cit|omit"
    r"|referenc|cop[iy]|wrap|end|come|fall|trigger|violat|leak|repeat|halluc|loop"
    r"|misinterpret|misread|ignor|skip|restat|introduc|encod)\w*\b)")
# ("72% of the problems are solved by M", "41% can be answered correctly": a score after all)
_SOLVED_RE = caseless(r"\b(?:solv|answer|pass|succe|correct|resolv|accura|outperform|beat|win"
                      r"|prove[nd]|won|scor)\w*")


@rule("subject-share",
      example("We further show that 72% of decoded memories mention the intermediate quantities "
              "on AIME 2024.", "72%", "drop"),
      example("On TestGenEval, Coder-3B reaches 68.1% line coverage, yet 23% of its tests "
              "contain no assertion at all.", "23%", "drop"),
      example("Inspection of flagged KernelBench kernels shows that 38% exploit synchronization "
              "gaps and 21% cache reference outputs.", "21%", "drop"),
      example("Formulation errors on MAMO fall into a few patterns, with 58% involving missing "
              "constraints.", "58%", "drop"),
      example("About 40% of the theorems in FormalProb require measure theory.", "40%", "drop"),
      counter("Sage-1B reaches 61.2% on GSM8K, and 55.0% on MATH-500.", "55.0%", "keep"),
      counter("With 58% accuracy on MAMO, it leads.", "58%", "keep"))
def subject_share(v: NumberView) -> str | None:
    """ "we find that 72% of decoded memories mention ...", "with 58% involving ...": a share
    that is the subject of a verb (after a clause opener), not a score unless it is solved."""
    if v.num.unit != "%" or v.num.sign:
        return None
    verb = _SUBJECT_VERB_RE.match(v.right)
    if verb is None or _SOLVED_RE.search(v.right, 0, verb.end() + 30):
        return None
    before = v.text[v.sentence.start:v.num.start]
    return "drop" if _OPENER_RE.search(v.left) or _SENTENCE_OPENER_RE.fullmatch(before) else None


# "paraphrased templates for a further 19% of CLadder": one more share of the items.
_FURTHER_RE = caseless(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$")
# "Increasing the date-rich share from 2% to 8%", "the quantum share beyond 50%": a share of the
# data, not a result ("accuracy saturates above 95%" is one).
_SHARE_SET_RE = caseless(r"\b(?:increas|rais|reduc|lower|vary|varying|doubl|halv|grow|shrink)"
                         r"\w*\s+the\s+(?:[\w-]+\s+){0,2}?(?:share|proportion|fraction"
                         r"|percentage)\b[^;,\d]{0,30}?\s*(?:from|to|beyond|above|past|over)\s+$")
_SHARE_WORDS = ("share", "proportion", "fraction", "percentage")
# "Solutions span C++ (61%), Python (27%) and Java (12%)": the parts of a whole, each in
# brackets after a verb that divides it.
_PARTS_VERB_RE = caseless(r"\b(?:spans?|spanning|covers?|covering|comprises?|comprising|consists?"
                          r"\s+of|split\s+(?:into|across|between)|distributed\s+(?:across|over"
                          r"|among)|divided\s+(?:into|among))\b")
_BRACKETED_RE = re.compile(r"[\w+#.-]\s*\(\s*$")
# "312 rules, 94% of which a logician judged valid": a share of the things before.
_OF_WHICH_RE = re.compile(r"\s*of\s+(?:which|whom)\b")
# "mixing in 20% hard negatives", "Mixing 20% real reports into the synthetic data": a share
# of the training mixture.
_MIXED_IN_RE = caseless(r"\b(?:mix|blend)(?:es|ed|ing|s)?\s+(?:in\s+)?(?:only\s+|just\s+"
                        r"|about\s+)?$")
# "Ambiguity rates vary widely across datasets, from 9% in B": a rate of the data.
_RATES_VARY_RE = caseless(r"\b(?!(?:success|pass|solve|win|accuracy|completion|resolve"
                          r"|resolution|hit|match|error)\b)[\w-]+\s+rates?\s+(?:vary|varies"
                          r"|range|ranges|differ)\b[^;]{0,60}?\bfrom\s+$")

# "the handbook covers 92% of the laws needed": what a resource holds; "the answers it returns
# match the full-length answers on 96% of problems": agreement with another output (not with
# the gold, reference or correct answers: a score).
_RESOURCE_COVERS_RE = caseless(r"\b(?:handbook|corpus|collection|knowledge\s+base|database|index"
                               r"|library|ontology|taxonomy|dictionary|glossary|catalogu?e"
                               r"|lexicon|textbook|manual|memory)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:covers|contains|includes|spans)\s+(?:only\s+|about\s+"
                               r"|roughly\s+|nearly\s+|over\s+)?$")
_AGREES_ON_RE = caseless(r"\bmatch(?:es|ed)?\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:gold|reference"
                         r"|correct|ground[\s-]truth|expert|human)\b)[\w-]+\s+){0,2}?"
                         r"(?:answers|outputs|predictions|labels|verdicts"
                         r"|decisions)\s+(?:on|in|for)\s+(?:only\s+|about\s+|roughly\s+)?$")
_HOLDS_WORDS = ("covers", "contains", "includes", "spans", "match")
# "aligned with weather data and, for 31% of events, with feeder-level telemetry": what a share
# of the data comes with
_ASIDE_FOR_RE = re.compile(r",\s*for\s+$")  # (an aside: not "finds proofs for 52.3% of ...")
_FOR_SHARE_WITH_RE = caseless(r"^\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?[a-z]+s\s*,\s*with\b")


@rule("data-share-set",
      example("We find overlap for 7.4% of CLadder test items, and paraphrased templates for a "
              "further 19% of CLadder.", "19%", "drop"),
      example("Increasing the quantum share beyond 50% starts to hurt MATH-500.", "50%", "drop"),
      example("Ambiguity rates vary widely across datasets, from 9% in Spider to 35% in EHRSQL.",
              "9%", "drop"),
      example("Mixing in 20% hard negatives improves robustness on PRMBench.", "20%", "drop"),
      example("Mixing 20% real reports into the synthetic data raises the gain to 17.9 points.",
              "20%", "drop"),
      example("The memory holds 312 rules, 94% of which a logician judged valid on StepGame.",
              "94%", "drop"),
      example("Solutions to the APPS problems span C++ (61%), Python (27%) and Java (12%).",
              "27%", "drop"),
      counter("Success rates on WebShop range from 9% to 35%.", "9%", "keep"),
      example("By our count, the handbook covers 92% of the laws needed for JEEBench.", "92%",
              "drop"),
      example("Its early answers match the full-length answers on 96% of OlympiadBench "
              "problems.", "96%", "drop"),
      counter("Its answers match the reference answers on 61% of OlympiadBench problems.", "61%",
              "keep"),
      example("We assemble OutageNarratives, 48,200 outage reports aligned with weather data and, "
              "for 31% of events, with feeder-level telemetry.", "31%", "drop"))
def data_share_set(v: NumberView) -> str | None:
    """ "a further 19% of B", "increasing the share from 2%", "ambiguity rates vary ... from
    9%", "mixing in 20% hard negatives", "94% of which", "span C++ (61%), Python (27%)":
    shares and rates of the data."""
    if v.num.unit != "%":
        return None
    low = v.left.lower()  # (the words each pattern needs, tested first)
    if ("further" in low or "another" in low or "additional" in low or "extra" in low) and \
            _FURTHER_RE.search(v.left) and v.right.lstrip().startswith("of ") and \
            not _SOLVED_RE.search(v.left):
        return "drop"
    if contains_any(low, _SHARE_WORDS) and _SHARE_SET_RE.search(v.left):
        return "drop"
    if ("mix" in low[-20:] or "blend" in low[-20:]) and _MIXED_IN_RE.search(v.left) or \
            _OF_WHICH_RE.match(v.right):
        return "drop"
    if v.right.lstrip().startswith(")") and _BRACKETED_RE.search(v.left) and \
            _PARTS_VERB_RE.search(v.text, v.sentence.start, v.num.start):
        return "drop"
    if contains_any(low, _HOLDS_WORDS) and v.right.startswith(" of ") and (
            _RESOURCE_COVERS_RE.search(v.left) or _AGREES_ON_RE.search(v.left)):
        return "drop"
    if _ASIDE_FOR_RE.search(low) and _FOR_SHARE_WITH_RE.match(v.right) and \
            not _SOLVED_RE.search(v.left):
        return "drop"
    return "drop" if "rate" in low and _RATES_VARY_RE.search(v.left) else None


# "a growing share of drifted pairs, which rises from 12%": the share moves, no score
# (property_rules reads it).
SHARE_WHICH_RE = caseless(r"\b(?:share|fraction|proportion)\s+of\b[^;]{0,80}?\b(?:which|that)\s+"
                          r"(?:rises|grows|falls|drops|increases|decreases|climbs)\s+(?:from|to)"
                          r"\s+$")
# "14.2% of MATH test problems appear verbatim in at least one corpus", "38% of A test reviews
# and 21% of B test papers were likely seen during pre-training": shares found contaminated.
_SEEN_AFTER_RE = caseless(
    r"\s+of\s+[^;.]{1,60}?(?:\s+and\s+\d[\d.]*\s*%\s+of\s+[^;.]{1,60}?)?\s+(?:(?:appear|occur)"
    r"(?:s|ed|red)?\s+(?:verbatim|near-verbatim|in\s+(?:the\s+)?(?:pre-?training|training))"
    r"|(?:were|are|was|is)\s+(?:likely\s+|probably\s+|already\s+)?(?:seen\s+(?:during|in)"
    r"|contaminated|leaked|memori[sz]ed)\b)")

# The words every alternative of _SEEN_AFTER_RE needs (a cheap test first: most shares have none).
_SEEN_WORDS = ("verbatim", "training", "seen", "contaminated", "leaked", "memori")


def seen_after(v: NumberView) -> bool:
    """ "14.2% of B test problems appear verbatim": a share found contaminated."""
    return holds_any(v.text[v.num.end:v.sentence.end], _SEEN_WORDS) and \
        _SEEN_AFTER_RE.match(v.text, v.num.end, v.sentence.end) is not None


# "retains 91% of the gains", "account for 41% of the failures", "leaked 6% of lesions": a share
_SHARE_VERB_RE = caseless(r"\b(?:retain|recover|preserv|keep|account\w*\s+for|make\w*\s+up"
                          r"|remov|discard|exclud|leak|relabel|judg|hold\s+out"
                          # ("retain between 96.1% and 99.3% of")
                          rf"|represent|constitut|compris|affect)\w*\s+(?:between\s+)?{HEDGE}$")
_REMOVED_FROM_RE = caseless(r"\b(?:remov|discard|exclud|filter|redact|strip|anonymi[sz]|delet)\w*"
                            r"\b[^;,.]{0,40}\bfrom\s+(?:about\s+|only\s+)?$")
# "recovers 34.2% of the (target) equations": the recovery rate of symbolic regression, a score
_RECOVERED_TARGETS_RE = caseless(r"\s*of\s+(?:the\s+)?(?:(?:target|ground[\s-]truth|true|hidden"
                                 r"|underlying)\s+(?:[\w-]+\s+)?|(?P<bare>))(?:equations|expressions|laws"
                                 r"|formulas|formulae)\b")
_ATTRIBUTES_RE = caseless(rf"\battribut\w*\s+{HEDGE}$")
# "..., whereas generic calibration retains 83% and 64%", "pruned ones retain just 62% on B":
# more shares, after one the sentence states of an accuracy.
_SHARE_OF_SCORE_RE = caseless(r"%\s+of\s+(?:(?:its|their|the)\s+)?(?:[\w.+'’-]+\s+){0,3}?"
                              r"(?:accuracy|performance|score)\b")
# "find that 64% report AIME from a single sample": a share of a population doing something.
_POPULATION_VERB_RE = re.compile(r"^\s*of\s+(?:the\s+)?(?:teams|papers|studies|works|submissions"
                                 r"|entries|respondents)\s+(?:us|report|adopt|reli|evaluat)ed\b"
                                 r"|^\s*(?:of\s+them\s+)?(?:report|use|rely|adopt|evaluate"
                                 r"|include|lack|omit|provide|release|disclose|mention|follow"
                                 r"|require|need|involve|contain|exhibit|fail|break|have|can\s+be"
                                 r"|end\s+in|end\s+with|appear|reach\s+the\s+correct\s+\w+\s+through"
                                 r"|abandon|build|construct|curate|collect|(?:contain|includ|exhibit|lack"
                                 r"|omitt?)ed)\b")  # ("60% of teams used RL"; not "the 59.3%
# reported for M")
# ("12% contained"; "find that 8.3% have an incorrect gold answer")
# "verification steps account for another 19%": one more share of a whole already divided.
# "accounts for a further 23%", "make up the remaining 12%", "constitutes another 9%": a share
_ANOTHER_SHARE_LEFT_RE = caseless(rf"\b(?:(?:account\w*\s+for|make\w*\s+up|remov\w*|discard\w*"
                                  r"|exclud\w*|filter\w*\s+out)\s+(?:a\s+further\s+"
                                  rf"|another\s+)?{HEDGE}|(?:account\w*\s+for|make\w*\s+up"
                                  r"|represent\w*|constitut\w*)\s+(?:another|the\s+remaining"
                                  r"|the\s+other)\s+)$")


@rule("share-verb",
      example("The 0.5B variant retains 91% of what best-of-N gives the 1.5B model.", "91%",
              "drop"),
      example("Linking errors, which account for 41% of the base model's failures, fall.", "41%",
              "drop"),
      example("We find that 64% report AIME results from a single sample.", "64%", "drop"),
      example("Of the failed proofs on miniF2F, 46% fail on Lean syntax.", "46%", "drop"),
      example("At 3 bits it retains 95% of its accuracy on MATH-500 and 91% on AIME 2024, whereas "
              "generic calibration retains 83% and 64%, respectively.", "83%", "drop"),
      example("Quantized variants retain 97% of GSM8K performance, and pruned ones retain just 62% "
              "on HumanEval+.", "62%", "drop"),
      example("Retaining 10% of entries keeps 98% of the dense vector's MATH-500 accuracy, and "
              "retaining 5% keeps 91%.", "91%", "drop"),
      example("On ZebraLogic, restating constraints consumes 27% of tokens, and verification "
              "steps account for another 19%.", "19%", "drop"),
      example("Around 60% of entries used reinforcement learning.", "60%", "drop"),
      example("A script leaked 6% of test lesions into the training pool.", "6%", "drop"),
      example("We train on STEAD and hold out 5% of stations for validation.", "5%", "drop"),
      example("Of the papers, 41% use STEAD, while 23% build a private test set.", "23%", "drop"),
      example("The pipeline removed personal information from 4.8% of CSReason sessions.", "4.8%",
              "drop"),
      example("Of 1,800 GSM8K traces, 46% state the intent, while 21% reach the correct label "
              "through invalid reasoning.", "21%", "drop"),
      example("Temporal confusion accounts for a further 23%, and answer-format errors for 9%.",
              "23%", "drop"),
      example("Error analysis of 400 failures on MGSM attributes 38% to misread numerals.", "38%",
              "drop"),
      example("Text-only evaluation drops image questions, removing up to 35% of EEE-Bench.", "35%",
              "drop"),
      example("At 4 bits, the models retain between 96.1% and 99.3% of their full-precision "
              "resolve rates.", "96.1% and 99.3%", "drop"),
      counter("It retains 64.2% accuracy on GSM8K after pruning.", "64.2%", "keep"),
      counter("On SRBench, o3-mini recovers 34.2% of the target equations.", "34.2%", "keep"))
def share_verb(v: NumberView) -> str | None:
    """ "retains 91% of the gains", "64% report ...": a share of something, not a score."""
    if v.num.unit != "%":
        return None
    recovered = (found := _RECOVERED_TARGETS_RE.match(v.right)) and (  # ("of the equations":
        found.group("bare") is None or v.left.endswith(("recovers ", "recovered ")))  # "recovers")
    if _SHARE_VERB_RE.search(v.left) and not recovered and (
            v.right.lstrip().startswith("of ") or (
            "%" in v.text[v.sentence.start:v.num.start]
            and _SHARE_OF_SCORE_RE.search(v.text, v.sentence.start, v.num.start))):
        return "drop"  # "retains 95% of its accuracy ..., whereas X retains 83% and 64%"
    tail = v.left[-40:]  # (the patterns end the left text: a search of all of it costs more)
    if v.right.startswith(" of ") and _REMOVED_FROM_RE.search(v.left[-70:]):
        return "drop"  # "removed personal information from 4.8% of sessions"
    if v.right.lstrip().startswith("to ") and _ATTRIBUTES_RE.search(tail):
        return "drop"  # "attributes 38% to misread numerals"
    return "drop" if _POPULATION_VERB_RE.match(v.right) or _ANOTHER_SHARE_LEFT_RE.search(
        tail) else None
