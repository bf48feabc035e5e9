"""Cues around a number: the masked text beside it and the words that say "score" or not."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.scan import strip_tail
from analysis.claims.sentence import Sentence, mask
from analysis.claims.text import Num

_WORD_RE = re.compile(r"[A-Za-z@][\w@.+'-]*|\d[\w.]*")
# Stems of words that make a nearby number something other than a score.
_NON_SCORE = (
    "reduc", "cut", "trim", "shorten", "compress", "saving", "speed", "faster", "slower", "sooner",
    "latenc", "cost", "cheap", "price", "flop", "compute", "computation", "memory",
    "throughput", "efficien", "length", "token", "overhead", "budget", "parameter", "param",
    "weight", "dataset", "sample", "example", "noise", "correlat", "rho", "pearson", "spearman",
    "cka", "revenue", "gmv", "rating", "request", "usage", "energy", "context", "acceptance",
    "accepted", "perplexity", "barrier", "threshold", "toleran", "saves",
    "percentile", "fraction", "proportion", "portion", "ratio", "share", "hallucinat", "refusal",
    "verbos", "redundan", "resolution", "accelerat", "knowledge", "depth", "retention",
    "overlap", "contamina", "identity",  # ("30-60% sequence identity to the target")
)
# Comparatives and nouns that only right after a number make it a non-score ("20 times larger",
# "3x fewer", "20% code traces"; "trained on reasoning traces improves ... 4%" is a score).
_NON_SCORE_RIGHT = ("larger", "bigger", "smaller", "shorter", "fewer", "longer", "lengthier",
                    "trace", "prefix", "replay")  # ("With 20% replay, ...")
_SCORE = (
    "accura", "acc", "score", "earn", "pass@", "maj@", "performance", "perform", "f1", "exact",
    "bleu", "rouge", "win", "success", "solv", "achiev", "obtain", "attain", "reach",
    "outperform", "surpass", "exceed", "beat", "trail", "lag", "yield", "saturat", "plateau",
    "repair", "resolv", "shortfall",  # ("a 4.8-point shortfall that we trace to ...")
    "get", "result", "rate",
    "correct",
    "point", "pts", "pp", "auc", "recall", "precision", "elo", "benchmark", "sota", "anls",
    "test-accuracy",
    "comet", "chrf", "meteor", "bertscore", "ndcg", "mrr", "hits@", "sari", "gleu",  # "84.1 COMET"
    "wss@",  # work saved over sampling at a recall ("the average WSS@95 from 0.61")
)
_RETENTION_RE = caseless(r"^\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)"
                         r"{0,3}?(?:performance|accuracy|score|success)\b")
# "loses 61% of its full-precision accuracy": a relative drop, written as a share lost.
# A hedge between a verb and its number ("loses under 10%", "retains nearly 90%").
# A count of things written in digits or in words ("four code benchmarks", "12 datasets").
COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
HEDGE = (r"(?:only\s+|just\s+|under\s+|over\s+|about\s+|roughly\s+|nearly\s+|up\s+to\s+"
         r"|less\s+than\s+|more\s+than\s+)?")
# The stems of the verbs by which a model attains a score ("reaches", "achieved", "scoring").
ATTAIN_STEM = r"(?:achiev|attain|obtain|reach|scor)"
# What a compared system is called after its name or an article ("a prompted M critic (52.9)",
# "ahead of the TransFuser baseline at 83.9"): one list for every rule reading a rival's score.
RIVAL_NOUN = (r"(?:baseline|model|agent|system|encoder|autoencoder|reranker|classifier|tagger"
              r"|retriever|critic|judge|verifier|reviewer|ranker|scorer|detector|predictor"
              r"|forecaster|student|teacher|counterpart|original|tool"
              r"|(?:(?<=domain\s)|(?<=math\s)|(?<=code\s)|(?<=dense\s))expert)")  # (a merge's)
# "above the 79.6 of its base model": a rival's score, named by whose it is (not "the 50.0 of a
# model that always answers yes": a trivial one's)
_RIVALS_LEFT_RE = re.compile(r"\b(?:above|below|over|under|versus|vs\.?|than|against|surpassing"
                             r"|exceeding|beating|matching|behind|ahead\s+of|approaching|nearing"
                             r"|close\s+to|(?:unchanged|up|down)\s+from|(?:nearly\s+|almost\s+|roughly\s+)?(?:double|twice"
                             r"|triple|half))\s+the\s+$")  # ("nearly double the 33.9 of M")
_RIVALS_RIGHT_RE = re.compile(rf"^\s+of\s+(?:(?:its|the|their|our)\s+(?:[\w-]+\s+){{0,3}}?"
                              rf"(?:M|{RIVAL_NOUN})|(?:an?\s+(?:[\w-]+\s+)?)?M)\b")  # ("above the
# 35.2 of M", "the 55.6 of a M based agent"; not "the 50.0 of a model that always answers")


def rivals_score(left: str, right: str) -> bool:
    """Whether the number between `left` and `right` is "the N of" a compared model."""
    return bool(_RIVALS_RIGHT_RE.match(right) and _RIVALS_LEFT_RE.search(left))
_LOST_SHARE_RE = caseless(rf"\b(?:los[eist]\w*|shed\w*|forfeit\w*)\s+{HEDGE}$")
BY_RE = caseless(r"\bby(?:\s+(?:an?\s+)?(?:average\s+of|margins?\s+of|absolute|additional"
                 r"|further|extra|impressive|remarkable|significant|substantial|large|clear|notable"
                 r"|considerable))?\s*$")
BY_MARGIN_RE = re.compile(r"\bby\s+a\s+margin\s+of\s+$|\b(?:gain|margin|lead|advantage)s?\s+"
                          r"over\s+[^,;]{1,60}?\s+(?:grows|widens|increases|rises)\s+to\s+$")
# "a maj@16 of 43.3 ..., and confidence weighting raises this to 47.9": the score before, moved.
RAISES_THIS_RE = re.compile(r"\b(?:raises|lifts|boosts|pushes|brings|improves|increases|lowers"
                            r"|reduces|limits|keeps|holds)\s+(?:this|it|that)\s+(?:further\s+)?to"
                            r"\s+$")  # ("whereas HistQuant limits it to 7.2")
# "the baseline loses 2.1", "it gains 5.3 over SFT": a decimal right after a verb of change
CHANGE_VERB_TAIL_RE = caseless(r"\b(?:gain(?:s|ed)?|los(?:es|t)|drop(?:s|ped)?|add(?:s|ed)|sheds?"
                               r"|(?:giv(?:es|en|ing|e)|gave)\s+up)\s+(?:only\s+|just\s+|another\s+"
                               r"|a\s+further\s+)?$")
BOUND_TAIL_RE = caseless(r"(?:slightly\s+)?(?:less|fewer|more|greater)\s+than\s*$|(?:up\s+to"
                         r"|at\s+least|at\s+most|about|approximately|around|nearly|almost|over|under"
                         r"|roughly|only|just)\s*$")
MORE_RE = caseless(r"^\s*more\s+(?!than)\w")
CONTINUATION_RE = caseless(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:pass|maj)@\d+\s+)?(?:(?:for|on|in|at|with|by|using|under|after|before|without)\s+(?:the\s+)?(?:[MB](?:\s+models?)?"
    r"|[\w.'-]+(?:\s+[\w.'-]+){0,3}?)(?:\s+of\s+(?:the\s+same|similar|comparable)\s+size)?"
    r"\s*){0,2}(?:(?:,\s*)?(?:and|or|but|while|including"
    r"|whereas|compared\s+(?:to|with)|versus|vs\.?|than|against|/|&)?\s*(?:just|only|about|approximately"
    r")?|(?:,\s*)?(?:(?:ahead\s+of|behind|above|below|against|and|or)\s+(?:the\s+)?M"
    r"|M)\s+(?:at|with)\s+(?:just|only|about|approximately)?"
    r"|(?:,\s*)?(?:and|or)\s+M\s+(?:just|only|about|approximately)?)\s*$")
PAREN_RE = re.compile(r"^\s*\(\s*(?:an?\s+)?$")
# "from 71.2% accuracy at 8K tokens to 23.5%": the tokens are the condition, not what changes.
AT_BUDGET_RE = re.compile(r"\b(?:at|with|under)\s+(?:a\s+)?\d[\d.,]*\s*[kKmM]?[-\s]?tokens?\b")
_LEADING_PAREN_RE = re.compile(r"^\s*\([^()]*\)")
_PHRASE_END_RE = re.compile(r"[,;:(]|\.\s")

# Score words matched whole ("pass" is, "passes" of a model are not; "EM" and "EX" are, "emerges"
# and "extra" are not; an error or AUROC a model attains: coefficient_rules).
_SCORE_WORDS = {"pass", "cons@k", "em", "ex", "map", "cmap", "mae", "rmse", "nrmse", "mse",
                "wer", "cer", "auroc", "crps", "mape", "smape", "srcc", "plcc"}
# Words that say "score" only before a number ("averaging 28.9%", not "96 collections averaging
# 48k tokens").
_SCORE_BEFORE_WORDS = {"averaging", "averages"}
# Words that introduce the number compared with ("compared with 90.6 for M alone").
_COMPARED_WORDS = {"compared", "versus", "vs", "against"}
# Non-score words matched whole, not as stems ("second-best" is not "seconds").
_NON_SCORE_WORDS = {"second", "seconds", "hour", "hours", "time", "times", "top", "bit", "bits",
                    "word", "words", "call", "calls", "less", "head", "heads", "layer", "layers",
                    "size", "sizes", "data", "frame", "frames", "label", "labels", "feature",
                    "features", "query", "queries", "gpu", "gpus",
                    "s", "ms", "sec", "min", "minute", "minutes", "fps"}  # "from 1.4 s to 410 ms"
# "gives up just 0.6 points": the "up" of "gives up" is a loss, not a rise.
GIVE_UP_RE = caseless(r"\b(?:giv(?:es|e|ing)|gave)\s+up\b")
# "exceeds the cascade ... at equal cost, by 3.5": a condition, not "costs 3.5 points"
AT_COST_RE = caseless(r"\bat\s+(?:an?\s+)?(?:equal|the\s+same|matched|comparable|similar|lower)"
                      r"\s+(?:[\w-]+\s+)?cost\b")
# "lose 4.6, 3.7 and 1.7 points": a list's later members take the verb before its first
NUM_LIST_TAIL_RE = re.compile(r"(?:\d[\d.]*\s*(?:%|points?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))+$")


# Words after a number that end the phrase it belongs to ("+14.6% while reducing cost").
# "94.1% at a 1k-token budget": "at" opens the condition the score was measured under.
# "49.6% under a budget of 64 samples": "under" too; "60.2% for prompt-based budget control":
# "for" names whose number it is.
_RIGHT_STOP = {"while", "whereas", "but", "and", "with", "compared", "than", "which", "when",
               "despite", "using", "although", "yet", "or", "outperforming", "surpassing", "at",
               "under", "for", "depending", "across", "without", "though", "even",
               "because", "once"}  # "between 55% and 61%
# depending on size"; "stays between 74.5% and 76.0% across skip thresholds": "across" opens the
# settings it holds over; "versus 84.5 without any budget": "without" opens a condition too, and
# "by 3.1 points even though its training data ...", a concession
_DOMAIN_CUE = ("math", "arithmetic", "code", "coding", "programming", "science", "scientific",
               "logic", "puzzle", "medical", "clinical")
# Change words right before a number speak of a score change ("gains of +15").
CHANGE_STEMS = ("gain", "improv", "boost", "increas", "enhanc", "rais", "lift", "uplift")


def words(text: str) -> list[str]:
    """The lower-cased words and numbers of `text` (what the cue lists are compared with)."""
    return [w.lower().strip("'.") for w in _WORD_RE.findall(text)]


def _cue(word: str) -> str:
    if word.startswith(("macro-", "micro-", "weighted-")):
        word = word.split("-", 1)[1]  # "87.5 macro-F1": the metric's kind of average
    if word.startswith("length-controlled"):
        return "score"  # "a 38.5% length-controlled win rate"
    if word.startswith("budget-forc"):
        return ""  # "its budget-forced variant falls to 49.3%": a method, not a budget
    if word == "weighted" or word.endswith(("-level", "-wise")):
        return ""  # "a quadratic weighted kappa of 0.781", "weighted F1": a kind of mean
    if word in _NON_SCORE_WORDS or word.startswith(_NON_SCORE):
        return "non"
    if word in _SCORE_WORDS:
        return "score"
    if word.startswith(_SCORE):
        return "score"
    return ""


def right_words(right: str) -> list[str]:
    """The first words of the phrase after a number, up to a word that ends it."""
    body = _LEADING_PAREN_RE.sub("", right)
    body = _PHRASE_END_RE.split(body, maxsplit=1)[0]
    out = []
    for word in words(body)[:6]:
        if word in _RIGHT_STOP:
            break
        out.append(word)
    return out


# The rest of a list of numbers after its first member, written with a unit: ", 1.1 and 1.3
# points", " and 3.1x" (not " and 12,400 tokens": another quantity).
# "for example from 83.7%", "grows with size, from 22.6%": no example count, no model size.
_FOR_EXAMPLE_RE = caseless(r"\bfor\s+(?:example|instance)\b|\b(?:with|in)\s+(?:model\s+)?"
                           r"(?:size|scale)\b"  # "Wanda at the same size drops to 52.3%"
                           r"|\b(?:at|of)\s+(?:the\s+)?(?:same|equal|matched|similar|comparable)"
                           r"\s+(?:model\s+)?(?:size|scale)\b"  # "models below 2B parameters"
                           r"|\b(?:below|under|above|over|with|of)\s+\d+(?:\.\d+)?\s*[BMK]\s+"
                           r"param(?:eter)?s\b")
# "a median Nash-Sutcliffe efficiency of 0.71": hydrology's skill scores, no efficiency of use
_SKILL_SCORE_RE = caseless(r"\b(?:Nash[-–\s]Sutcliffe|Kling[-–\s]Gupta)\s+efficiency\b",)
# "4.2 ROUGE-L points": points of a named measure, never a ratio (kind_rules, revision_rules)
MEASURE_POINTS_RE = caseless(r"\s*(?!relative\b)[\w@.-]+\s+points?\b")
_TOLERANCE_AFTER_RE = caseless(r"\s*within\s+(?:an?\s+)?\d[\d.]*\s*%?\s*(?:relative\s+)?"
                               r"(?:tolerance|error\s+margin)\b")
# "raises factual precision, the share of generated requirements supported by a cited standard,
# from 71.2%": what the measure named before counts, not the number's own measure
_DEFINING_APPOSITIVE_RE = caseless(r"\b((?:precision|recall|accuracy|coverage|F1|[a-z]+ity)\s*)"
                                   r",\s+the\s+(?:share|fraction|proportion|percentage)\s+of"
                                   r"\s+[^,;()]{1,80},")  # (after a measure)
_POINTS_END_RE = re.compile(r"(?:points?|pts?|pp)$")
LIST_REST_RE = re.compile(r"^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[+-]?\d[\d.]*"
                          r"\s*(?:%|points?\b|pts?\b|pp\b|x\b|×|\$\\times\$))+")


_METRIC_PAREN_RE = re.compile(r"^\s*\(\s*(?:pass|maj|cons)@\d+\s*\)")


_PER_ITEM_RE = re.compile(r"\s+per\s+(?!cent\b)")


# (not "99.1% of predicted SMILES strings parse correctly": a verb of their own, validity)
_OF_ITEMS_CORRECTLY_RE = re.compile(r"\s*of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:queries|questions"
                                    r"|problems|items|cases|tasks|puzzles|instances|examples|clues"
                                    r"|riddles|vignettes|prompts|scenarios|images)\s+correctly\b")


def _right_cue(right: str) -> str:
    rest = LIST_REST_RE.match(right)
    if rest and _POINTS_END_RE.search(rest.group()):
        return "score"  # "by 2.2, 5.0 and 6.1 points for the three sizes": points
    right = LIST_REST_RE.sub("", right, count=1)  # "2.7x and 3.1x end-to-end speedups"
    if _RETENTION_RE.match(right):
        return "non"
    if _METRIC_PAREN_RE.match(right):
        return "score"  # "72.5% (maj@16), against 63.0%": the metric in brackets
    if _TOLERANCE_AFTER_RE.match(right):
        return ""  # "solves 38.7% within a 5% tolerance": the tolerance is the next number's
    after = right_words(right)[:5]
    if after[:1] in (["subset"], ["subsets"]):
        return "non"  # "over random 5% subsets": a share of the data
    if after[:1] == ["of"] and _OF_ITEMS_CORRECTLY_RE.match(right):
        return "score"  # "answers 64.2% of identification queries correctly": a solve rate
    return _words_cue(after)


def _words_cue(after: list[str]) -> str:
    """The cue of the first words after a number that say what it is."""
    for i, word in enumerate(after):
        if word in ("query", "queries", "request", "requests") and "on" in after[:i]:
            return ""  # "reached over 72% on the same logged queries": the queries scored on
        if word == "b" or (word.startswith(_DOMAIN_CUE) and i > 0 and after[i - 1] in
                           ("on", "in", "across", "for")):
            return "score"
        if word.endswith(("-level", "-wise")):
            continue  # "77.9 token-level F1", "phone-level accuracy": the metric's unit
        if word.startswith(_NON_SCORE_RIGHT) or (i == 0 and word == "training" and after[1:2]
                                                 and _cue(after[1]) == "score"):
            return "non"  # ("reaches 60% training accuracy": a training run's, no benchmark's)
        if word in ("rating", "elo") and after[i + 1:i + 2] == ["points"]:
            return "score"  # "+312 rating points": a change of a rating, a score
        if word in ("weighted", "macro", "micro", "word", "label", "character", "line") and \
                after[i + 1:i + 2] and _cue(after[i + 1]) == "score":
            return "score"  # "79.3 weighted F1": an F1, not a weight ("88.4% word accuracy")
        cue = _cue(word)
        if cue:
            return cue
    return ""


# "49.0% for majority voting over the same samples and 44.2%": the next number of a list, each
# for its own subject
PARALLEL_FOR_RE = re.compile(r"^\s*(?:%|points?)?\s*for\s+[^,;:()]{1,70}?,?\s+and\s+$")
# ("91.4% for 2-bit quantization and 88.7%": methods in lower case, no named model's score)
PARALLEL_FOR_METHOD_RE = re.compile(r"^\s*(?:%|points?)?\s*for\s+(?:[a-z0-9][\w-]*\s+){0,6}?"
                                    r"[a-z0-9][\w-]*,?\s+and\s+$")
ATTAINS_GAP_RE = re.compile(r"\b(?:reach|scor|achiev|attain|obtain)\w*\s+$")
_ERROR_METRIC_WORDS_RE = caseless(r"\b(?:mean|root\s+mean)?\s*(?:absolute|squared)\s+error\b")
_AT_CONTEXT_RE = re.compile(r"\bat\s+(?:an?\s+)?\d[\d.,]*\s*[KkMm]?(?:-token)?\s+(?:context"
                            r"(?:\s+length)?|tokens?)\b(?=\s*,?\s+(?:(?:from|and|of|reaching)\s+)?$)")
# (right before the number only: not "at a 32K context the KV cache grows from 2.1")
# ("for uniform 4-bit AWQ and 73.2%": a method's precision too)
_BIT_MODIFIER_RE = re.compile(r"\b\d+(?:\.\d+)?-bits?\s+(?=(?:[\w-]+\s+)?(?:M|models?|variants?"
                              r"|checkpoints?|originals?|[A-Z][A-Za-z]*[A-Z0-9][\w-]*)\b)")


_WORD_TASKS = frozenset({"puzzles", "puzzle", "problems", "games", "riddles", "analogies", "tasks"})


def _cue_words(left: str) -> str:
    """The words before a number without those that do not tell what it measures."""
    left = strip_tail(BOUND_TAIL_RE, left)  # "slightly less than 40%": "less" is not the cue
    left = _FOR_EXAMPLE_RE.sub(" ", left)
    if "fficien" in left:
        left = _SKILL_SCORE_RE.sub(" score ", left)
    if ", the " in left:
        left = _DEFINING_APPOSITIVE_RE.sub(r"\1 ", left)
    if "bit" in left:  # "the accuracy of a 2-bit M from": the model's precision, not a measure
        left = _BIT_MODIFIER_RE.sub(" ", left)
    if "context" in left or "token" in left:  # "on B at a 32K context from 61.7": a condition
        left = _AT_CONTEXT_RE.sub(" ", left)
    if "rror" in left:  # "the mean absolute error for one-hour-ahead forecasts from 3.21"
        left = _ERROR_METRIC_WORDS_RE.sub(" mae ", left)
    return left


def left_cue(left: str, parallel: bool = False) -> str:
    """"score", "non" or "": the nearest telling word of the ten before a number."""
    if parallel and PARALLEL_FOR_RE.match(left):  # "49.0% for majority voting over the same
        return ""  # samples and 44.2% for ...": the words before name the previous number's
    left = _cue_words(left)
    after_model, later, bridged = False, "", True
    for distance, word in enumerate(reversed(words(left)[-10:])):
        if word == "b":  # a benchmark mention: the number is about it
            return "score"
        if word in ("word", "words") and later in _WORD_TASKS:
            continue  # "on its word puzzles from 47.2%": a kind of task, no count of words
        later = word
        if after_model and word.endswith("ed"):
            after_model = False  # "the accuracy of the compressed M falls from": the model's
            continue  # modifier, not the number's measure
        after_model = word == "m"
        if word in _COMPARED_WORDS:  # "..., compared with 90.6": the words before are the
            return ""  # other number's

        cue = "score" if word in _SCORE_BEFORE_WORDS else _cue(word)
        if cue:
            return cue
        if (distance < 2 or bridged) and word.startswith(CHANGE_STEMS):
            return "score"  # ("the improvements over M are 4.6": only a rival and a verb between)
        bridged = bridged and (word in _CHANGE_BRIDGE or (  # (or a model's name: "mT5-base")
            distance > 0 and any(c.isdigit() for c in word) and "-" in word))
    return ""


_CHANGE_BRIDGE = frozenset({"over", "against", "m", "is", "are", "was", "were", "from"})


class NumberView:
    """One number with the masked text around it: what the verdict, kind and sign rules read.

    `left` runs from the previous number (at most 90 characters), `right` 70 characters on;
    mentions in them read "M" (model) and "B" (benchmark). The cues are computed on demand.
    """

    __slots__ = ("text", "sentence", "num", "prev_end", "left", "right", "_rcue", "_lcue")

    def __init__(self, text: str, sentence: Sentence, num: Num, prev_end: int):
        self.text, self.sentence, self.num, self.prev_end = text, sentence, num, prev_end
        lo = max(sentence.start, prev_end, num.start - 90)
        self.left = mask(text, lo, num.start, sentence)
        self.right = mask(text, num.end, min(sentence.end, num.end + 70), sentence)
        self._rcue: str | None = None
        self._lcue: str | None = None

    @property
    def rcue(self) -> str:
        """"score", "non" or "": what the first telling word after the number says."""
        if self._rcue is None:  # ("from 5 to 40 per clue": a bare number per item is a quantity)
            self._rcue = "non" if not self.num.unit and _PER_ITEM_RE.match(self.right) else \
                _right_cue(self.right)
        return self._rcue

    @property
    def lcue(self) -> str:
        """"score", "non" or "": what the nearest telling word before the number says."""
        if self._lcue is None:
            self._lcue = left_cue(self.left, parallel=self.num.unit == "%" or (  # (not "40%
                "." in self.text[self.num.num_start:self.num.end]))  # for the tokens and 512")
        return self._lcue


def number_views(text: str, sentence: Sentence, nums: list[Num]) -> list[NumberView]:
    """A view of each number; each one's left window starts after the number before it."""
    views, prev_end = [], sentence.start
    for num in nums:
        views.append(NumberView(text, sentence, num, prev_end))
        prev_end = num.end
    return views


def lost_share(v: NumberView) -> bool:
    """ "loses 61% of its full-precision AIME 2024 accuracy": a share of the score lost, which
    is a relative drop of the score."""
    return v.num.unit == "%" and bool(_LOST_SHARE_RE.search(v.left)) and \
        bool(_RETENTION_RE.match(v.right))


# Direction words of a change (kind_rules' sign table reads them).
DECREASE_RE = caseless(r"^(?:lower|drop|decreas|declin|degrad|worse|loss|los[et]|losing|slip"
                       r"|within|cost|sacrific|conced|forfeit|shortfall"
                       r"|fall|fell|collaps|plummet|plung|sink|sank|tumbl"
                       r"|reduc|cut(?:s|ting)?\b|lag|trail|behind|deteriorat|down\b|hurt|below"
                       r"|short\b|shy\b"
                       r"|underperform|understat|underestimat|less\b)")
INCREASE_RE = caseless(r"^(?:improv|increas|boost|gain|add(?:s|ed|ing)?\b|rais|lift|enhanc"
                       r"|outperform|surpass|exceed|beat|higher|better|up\b|rise|rising|jump|advanc|above|ahead"
                       r"|lead(?:s|ing)?\b)")  # ("trails by 2.7 on A but leads by 6.8 on B")
# "outperforms the best model below 8B parameters, M, by 4.3": a size bound, not a direction.
SIZE_QUALIFIER_RE = re.compile(r"\b(?:below|under|above|over)\s+\d+(?:\.\d+)?\s*[BMK]\b")


def direction_of(word: str) -> int | None:
    """+1 for a word that says a score went up ("improves"), -1 down ("trails"), else None
    ("downstream" and "update" say neither)."""
    if "-" in word:
        return None  # a compound names a thing ("short-trace", "low-resource", "up-weighted")
    if DECREASE_RE.match(word):
        return -1
    if INCREASE_RE.match(word):
        return 1
    return None
