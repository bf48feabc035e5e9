"""Property rules: numbers about problems, chance, errors or the data, not a model's score."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import ATTAIN_STEM, NumberView
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import contains_any
from analysis.claims.share_rules import SHARE_WHICH_RE, seen_after

# "problems rated above 1,800", "chance performance is already 20%", "an error of 0.09", "the
# median gap between adjacent models is 2.7 points", "MathVision is almost untouched at 0.3%",
# "discards 18% of GSM8K and 9% of B", "28 items, or 2.1%", "the number of samples ... ranges
# from 1 to 64": properties of problems, of chance, of errors, of the data, not a model's score.
_PROPERTY_LEFT_RE = caseless(
    r"\brated\s+(?:above|below|over|under|at|between)\s+$"
    # "70% of problems below a rating of 1900": the problems' rating
    r"|\b(?:problems|items|questions|tasks)\b[^;]{0,20}\b(?:below|above|under|over)\s+(?:a\s+)?"
    r"rating\s+of\s+$"
    # (not "close to chance at 52.3%": a score near chance; the lookbehinds after the word, so
    # that they are tested only where it is)
    r"|\bchance(?<!close\sto\schance)(?<!near\schance)(?<!above\schance)"
    r"(?:\s+(?:performance|level|accuracy))?\s+(?:is|of|at)\s+(?:already\s+|only\s+"
    r"|about\s+)?$"
    r"|\ban?\s+(?!(?:mean\s+)?(?:absolute|squared)\s)(?:\w+\s+){0,2}error\s+(?:of|is|at|to)\s+"
    r"(?:only\s+|about\s+)?$"  # (a mean absolute error is a metric: coefficient_rules)
    # "expressing confidence above 80% on 64% of their wrong answers": a threshold of
    # confidence, not a score
    r"|\b(?:confidence|certainty)\s+(?:scores?\s+|levels?\s+)?(?:above|over|below|under|exceeding"
    r"|of\s+at\s+least)\s+$"
    # "the fitted curves predict asymptotes of 47% and 31%"
    r"|\b(?:predict\w*|fitted|extrapolat\w*)\b[^;]{0,40}\basymptotes?\s+(?:of|at)\s+$"
    r"|\b(?:median|mean|average|typical)\s+(?:gap|difference|margin)s?\s+between\b[^;]{0,80}"
    r"\b(?:is|of|at)\s+(?:about\s+|only\s+|just\s+)?$"
    # (not "trained with negatives mined from near-duplicate foods, attains an MRR of": a score)
    r"|\b(?:untouched|uncontaminated|contaminat\w*|copies|duplicat\w*|exposed)\b"
    rf"(?:(?!\b{ATTAIN_STEM}\w*\s)[^;]){{0,60}}\b(?:at|of|is"
    r"|below|under|exceeds|reaches)\s+(?:about\s+|only\s+|just\s+)?$"
    r"|\b(?:discard|remov|filter|exclud|flagg?|reject)\w*\s+(?:about\s+|only\s+)?(?:\d[\d.]*\s*%\s+of\s+"
    r"[^,;]{1,40}?\s+and\s+)?$"
    r"|\b\d[\d,]*\s+(?:[\w.-]+\s+)?(?:[\w-]+\s+)?(?:items|problems|questions|examples|instances)\s*,?"
    r"\s+or\s+$"
    r"|\bnumber\s+of\s+[^;]{1,60}\branges?\s+from\s+$"
    # "the probability that any released instance appears in a web crawl at below 0.5%"
    r"|\bprobability\s+that\b[^;]{0,80}\b(?:at|is|of)\s+(?:below\s+|under\s+|about\s+|only\s+)?$"
    # "the median number of turns on B from 21", "inter-annotator agreement of 0.88", "match the
    # reported numbers within 1.5 points", "probes ... recover the values with 87% accuracy", "the
    # spread between the best and worst seed exceeds 10 points"
    r"|\bnumber\s+of\s+(?!correct|solved)[\w-]+\b[^;]{0,40}\bfrom\s+$"
    r"|\bagreement\b(?:\s+(?:between|with|on)\b[^;,]{0,60}?)?\s+(?:of|is|reaches|at|(?:falls|fell"
    r"|drops|dropped|rises|rose|improves|improved|increases|increased)\s+(?:to|from)|(?:remains"
    r"|stays)\s+(?:at|above|near|over))\s+(?:about\s+|only\s+)?$"
    # "reduces disagreement between reproductions to under 1 point"; "paraphrased overlap with
    # AMC 2023 exceeds 18%": differences between runs, contamination
    r"|\bdisagreement\b[^;]{0,60}\b(?:to|of|is|at|from)\s+(?:under\s+|below\s+|about\s+|only\s+)?$"
    r"|\bretention\s+(?:of|above|below|over|under|at)\s+(?:about\s+|only\s+)?$"
    # "the law predicts the AIME accuracy of held-out 7B runs within 2.1 points", "predicts that
    # reaching 80% would need 40B parameters"; "found the label correct in 97.5% of cases"
    r"|\bpredict\w*\b[^;]{0,130}\b(?:within|misses\s+by(?:\s+up\s+to)?)\s+$|\bpredicts\s+that\s+reaching\s+$"
    # "paraphrased copies raise the XSTest figure to 19.8%": the measure named before
    r"|\b(?:raise|lower|bring|push)\w*\s+the\s+(?:B\s+|[\w-]+\s+)?figure\s+to\s+$"
    # "reproduces the remaining 40% of a problem statement"
    r"|\bthe\s+remaining\s+$"
    # "Using only 25% of UltraFeedback": a share of the data
    r"|\b(?:using|uses|used)\s+(?:only\s+|just\s+)?$"
    # "retention on AIME 2024 falls to as little as 61%"
    r"|\bretention\b[^;]{0,40}\b(?:falls?|drops?|is|reaches)\s+(?:to\s+|below\s+|under\s+)?"
    r"(?:as\s+(?:little|low)\s+as\s+|only\s+)?$"
    # "the retained fraction on SWE-bench Lite falls below 60%"
    r"|\bretain(?:ed|s)?\s+(?:fraction|share)\b[^;]{0,60}\b(?:below|under|above|to|at|is)\s+$"
    # chance ("a random guesser would score 25%", "chance performance is"); "detecting a" effect
    r"|(?<![-\w])(?<!over\s)(?<!above\s)(?<!than\s)(?<!beyond\s)chance(?:[\s-]level)?(?:\s+(?:performance|accuracy)\b|\s+(?:on|for)\b)[^;,:\d%]{0,50}?\bis\s+$"
    r"|\b(?:random|majority[\s-]class)[\s-](?:(?:guess\w*|chance|strateg(?:y|ies))\b(?:(?!\b(?:while|whereas"
    r"|but|and|model|ours?|it|we)\b)[^;,:\d%]){0,50}?\b|baseline\s+|choice\s+(?:among\s+[^;,:%]{0,40}?)?)(?:yields|gives|is|scores?"
    r"|achieves|gets|reaches)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?$"
    # "a bug that graded truncated answers as correct in 9% of cases": the grader's doing
    r"|\b(?:grad|mark|count|judg|scor)ed\s+[^;,]{0,40}?\bas\s+(?:correct|incorrect|wrong)\s+(?:in|for)\s+$"
    # "models refuse to answer in only 6% of cases", "invokes this check in 93% of": how often
    r"|\b(?:(?:refus|abstain|declin)\w*(?:\s+to\s+\w+)?|invok\w*\s+(?:this|that|the|its|a)(?!\s+(?:correct|right|appropriate|expected|intended|proper|valid)\b)(?:\s+[\w-]+){0,2}?)\s+(?:in|on|for)\s+(?:only\s+|just\s+|about\s+)?$"
    # "the share of contaminated PennyLang items rises from 5%": contamination
    r"|\b(?:share|fraction|proportion|percentage)\s+of\s+(?:contaminated|leaked|memori[sz]ed"
    r"|duplicated?|overlapping)\b[^;]{0,60}\b(?:from|to|is|at|reaches)\s+$"
    r"|\b(?:detect|distinguish)(?:ing|s|es)?\s+an?\s+$"
    # "critic-generated counterexamples are valid in 89% of cases": checks of generated tests
    r"|\b(?:labels?|judge?ments?|verdicts?|counterexamples?|test\s+(?:cases|inputs))\b[^;]{0,20}"
    r"\b(?:correct|wrong|accurate|valid)\s+(?:in|for)\s+$"
    # "back-translation preserved the intended answer for 99% of items"
    r"|\bpreserv\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:answers?|meaning|labels?|semantics)\s+(?:for"
    r"|in|on)\s+$"
    # "a manual check confirmed that 94% have unambiguous descriptions"; "the median absolute
    # discrepancy on B is 5.1 points": checks of the data, differences between reports
    r"|\bconfirm\w*\s+that\s+$"
    r"|\b(?:median|mean|average)\s+(?:absolute\s+)?(?:discrepancy|deviation|difference)\b[^;]{0,40}"
    r"\b(?:is|of|at|reaches)\s+(?:about\s+|only\s+)?$"
    # "errors occur in 6% of snippets", "wording appears in 2.1% of ads": how often it happens
    r"|\b(?:errors?|failures?|crashes|timeouts?)\s+(?:occur|happen|appear|arise)\s+(?:in|for)\s+$"
    r"|\b(?:occur|appear|arise)s?\s+in\s+(?:only\s+|about\s+|roughly\s+|nearly\s+)?$"
    r"|\b(?:erroneous|wrong|incorrect|ambiguous|noisy)\b[^;]{0,40}\blabels?\s+in\s+$"
    # (not "matches the original within 0.3 points": the original model, a change)
    r"|\b(?:reproduc\w*|match\w*\s+(?:the\s+)?(?:reported|published|original\s+(?:numbers"
    r"|results|scores|figures|values|papers?)))\b[^;]{0,60}"
    r"\bwithin\s+(?:a\s+tolerance\s+of\s+)?$"
    r"|\bprobes?\b[^;.]{0,100}\bwith\s+$"
    r"|\bspread\b[^;]{0,60}\b(?:exceeds?|reaches|is|of)\s+(?:about\s+|over\s+|up\s+to\s+)?$"
    # "for B L2 the figure reaches 27%", "BioASQ is the least affected at 0.6%", "the remaining
    # discrepancies, which reach up to 9.5 points": a statistic of the data or of reports
    r"|\bthe\s+figure\s+(?:reaches|is|rises\s+to|climbs\s+to|stands\s+at|grows\s+to)\s+"
    r"(?:about\s+|roughly\s+|nearly\s+|over\s+)?$"
    r"|\b(?:most|least)\s+affected\b[^;]{0,30}\bat\s+(?:about\s+|only\s+)?$"
    r"|\bdiscrepanc\w*\b(?!\s+detection)[^;]{0,60}\b(?:reach(?:es)?|is|are|of|exceeds?)\s+"
    r"(?:up\s+to\s+|about\s+|over\s+)?$"
    # "the gap between the best and worst of 20 runs can exceed 13 points"
    r"|\b(?:gap|difference)\s+between\s+the\s+best\s+and\s+(?:the\s+)?worst\b[^;]{0,40}\b(?:can\s+)?"
    r"(?:exceeds?|reach(?:es)?|is|of)\s+(?:about\s+|up\s+to\s+|over\s+)?$"
    # "probing recovers the final answer for 31% of B questions": a contamination probe's share;
    # "a distinct-4 score of 0.62": the diversity of outputs
    r"|\brecover\w*\s+(?:the\s+)?(?:final\s+|correct\s+)?answers?\s+(?:for|on|in)\s+$"
    r"|\bdistinct-\d\s+(?:score\s+)?(?:of|is|at)\s+$"
    # "It calls the solver in 43% of episodes": how often a tool is used
    r"|\b(?:calls?|invokes?|queries|consults?)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:solver|tool|retriever|search\s+engine|API|interpreter|verifier|calculator)s?\s+(?:in|on"
    r"|for)\s+(?:only\s+|about\s+|roughly\s+)?$")
_PROPERTY_WORDS = ("recover", "distinct-", "confiden", "certaint", "rated", "rating", "chance",
                   "error", "gap", "difference", "margin", "untouched", "exclud", "arise",
                   "contaminat", "copies", "duplicat", "exposed", "discard", "remov", "filter",
                   "flag", "number", "agreement", "reproduc", "match", "probe", "spread", " or",
                   "predict", "label", "random", "detect", "retain", "retention", "probability",
                   "judg", "verdict", "counterexample", "reject", "calls", "call ", "invok",
                   "queries", "consult", "test case", "test input", "preserv", "occur", "appear",
                   "failure", "crash", "timeout", "confirm", "discrepanc", "affected",
                   "deviation", "best and", "figure", "asymptote", "distinguish", "remaining",
                   "using", "uses", "used", "graded", "marked", "counted", "scored", "refus",
                   "abstain", "declin", "leaked", "memori", "overlapping", "majority")
# Measures of outputs, data or checks (session 11), with their own words to test first: "the
# accepted-step ratio varies from 52%", "verification share grows ..., from 22%", "the budget
# adherence rate exceeds 98%": a property of the outputs, not a solve rate
_OUTPUT_PROPERTY_RE = caseless(
    r"(?<!win\s)(?<!solve\s)(?<!success\s)(?<!pass\s)\b(?:ratio|share|fraction|proportion)\s+"
    r"(?:varies|ranges|grows|rises|climbs|falls|drops|shrinks|increases|decreases)\b[^;]{0,90}?"
    r"\b(?:from|to)\s+$"
    # "expected calibration errors between 0.09 and 0.27": calibration, no score
    r"|\bcalibration\s+errors?\b[^;\d]{0,30}\b(?:of|between|is|are|from|to|at)\s+$"
    r"|(?<!win\s)(?<!solve\s)(?<!success\s)(?<!pass\s)(?<!same\s)\b(?:ratio|share|fraction"
    r"|proportion|adherence\s+rate)\s+(?:exceeds|is|reaches|(?:stays|remains)\s+(?:above|below"
    r"|at|under))\s+(?:about\s+|only\s+|over\s+|nearly\s+)?$"
    # "a manual check ... finds a precision of 96%": the check's, no model's
    r"|\b(?:manual|human)\s+(?:check|review|inspection|audit)\b[^;]{0,60}\b(?:(?:precision|accuracy"
    r"|recall)\s+(?:of|is|at)|(?:correct|right|wrong|accurate|valid)\s+(?:in|on|for))\s+$"
    r"|\boverlap\b[^;]{0,80}\b(?:exceeds|is|reaches|of|at|amounts?\s+to|below|under|above)\s+"
    r"(?:about\s+|over\s+|only\s+)?$"
    # "the verbatim completion rate stays under 4%": a contamination measure
    r"|\bverbatim\s+[\w-]+\s+rates?\b[^;]{0,40}?\b(?:under|below|above|over|at|of|is|to)\s+$"
    r"|\bdifficulty\s+(?:ratings?|levels?|scores?)\b[^;]{0,20}\b(?:from|between|of|above|below)\s+$"
    # "changes the predicted answer on 14% of questions": a flip rate; "label noise caps
    # meaningful accuracy on B at roughly 95%": a ceiling, no model's score
    r"|\b(?:chang|flip|alter)\w*\s+(?:the\s+|its\s+|their\s+)?(?:predicted\s+|final\s+)?answers?\s+"
    r"(?:on|in|for)\s+(?:about\s+|only\s+|over\s+)?$"
    r"|\bcaps?\b[^;]{0,60}\bat\s+(?:roughly\s+|about\s+|around\s+|only\s+)?$"
    # "Doubling the share of ProofLoom to 70%", "Raising the share from 5% to 25%"
    r"|\b(?:doubl|rais|increas|reduc|lower|cut|halv|grow|shrink)\w*\s+(?:the\s+)?(?:share"
    r"|proportion|fraction|ratio)\b(?:\s+of\b[^;,\d]{0,40}?)?\s+(?:to|from)\s+$"
    # "bootstrap confidence intervals are often wider than 9 points": a width, not a score
    r"|\b(?:confidence|credible|bootstrap)\s+intervals?\b[^;]{0,40}\b(?:wider|narrower|larger"
    r"|smaller)\s+than\s+$"
    # "outputs fail to parse in 4.2% of cases for 0.5B models but in only 0.6% for 4B models"
    r"|\bfail\w*\s+(?:to\s+\w+\s+)?(?:in|on|for)\s+(?:\d[^;]{0,60}\b(?:in|on|for)\s+)?(?:only\s+"
    r"|about\s+)?$")
_OUTPUT_WORDS = ("overlap", "difficulty", "answer on", "answers on", "answer in", "answers in",
                 "answer for", "answers for", "caps", " cap ", "ratio ", "share ", "fraction ",
                 "proportion ", "adherence rate", "manual ", "human check", "human review",
                 "human inspection", "human audit", "fail to", "fails to", "failed to",
                 "fail in", "fail on", "fail for", "fails in", "fails on", "failed in",
                 "failed on", "interval", "verbatim", "calibration")
# "38 report AIME scores", "500 GSM8K and 200 MATH-500 problems": a count of papers or items.
# "a precision of 89% for our detector": a tool's, no model's; "the 25% expected from
# guessing": chance; "on the 2.1% with clearly wrong labels": a share of the items.
# "two repositories together contribute 52% of B": a share of the items ("contributes 7.3
# points on B" is a change)
_CONTRIBUTE_LEFT_RE = caseless(r"\b(?:contribut|account)\w*\s+(?:for\s+)?(?:about\s+|roughly\s+"
                               r"|only\s+|nearly\s+)?$")
_TOOL_RIGHT_RE = re.compile(r"\s*for\s+(?:our|the|its|this)\s+(?:(?:[a-z][\w-]*|[A-Z][A-Z0-9]+"
                            r"[\w-]*)\s+)?(?:detector|classifier"  # (not "the Avocado classifier")
                            r"|filter|checker|matcher|extractor|parser)\b"
                            # "3% were removed by a contamination filter", "6.8% are flipped to
                            # incorrect", "found 0.4% overlap": what happened to the data
                            r"|\s*(?:were|was|are|is)\s+(?:then\s+|also\s+|further\s+)?(?:removed"
                            r"|discarded|filtered|dropped|excluded|flagged|rejected|deduplicated"
                            r"|flipped|overturned)\b"
                            r"|\s*(?:n-gram\s+|\d+-gram\s+)?(?:overlap|contamination|leakage"
                            r"|agreement)\b"
                            # "14 points above what the compute-only fit predicts": a residual
                            r"|\s*(?:points?|pts|%)?\s*(?:above|below|higher\s+than|lower\s+than)\s+what\s+"
                            r"(?:the|a|our)\s+[^;,.]{0,30}?\b(?:fit|law|model)\s+predict"
                            # "17% of B instructions contain ...", "11% of the B portion appears
                            # verbatim", "38% of its 520 behaviours present in": the data's
                            r"|\s*of\s+(?:the\s+|its\s+)?(?:\d[\d,]*\s+)?(?:B\s+)?(?:[\w-]+\s+)?"
                            r"(?:items|questions|problems|instructions|checks|behaviou?rs|prompts"
                            r"|tasks|instances|examples|portion|split)\s+(?:\w+\s+)?(?:contain|appear"
                            r"|(?:are|is)\s+present|present|overlap|occur|were\s+found)"
                            r"|\s*(?:expected\s+)?(?:from|by|under)\s+(?:random\s+|uniform\s+)?"
                            r"(?:guessing|chance)\b"
                            r"|\s*with\s+(?:clearly\s+)?(?:wrong|incorrect|noisy|ambiguous)\s+labels\b"
                            # "overlap grows by roughly 3 percentage points per year": a trend
                            r"|\s*(?:per|each|every|a)\s+(?:year|month|week|decade)\b")
_PROPERTY_RIGHT_RE = re.compile(r"\s*(?:report|describe|disclose|include|use|reproduce"
                                r"|score\s+within"
                                r"|(?:are|were)\s+(?:solved|answered)\s+(?:only\s+)?by"
                                r"|fall\s+within|-point\s+band|(?:Cohen|Fleiss|Krippendorff)'s"
                                r"|kappa)\b"
                                r"|\s*B\s+(?:and|or)\s+\d[\d,]*\s+B\s+(?:problems|items|questions|tasks)\b")

# "factually accurate in 58% of cases according to a manual check of 400 samples"
_CHECKED_RIGHT_RE = caseless(r"[^;]{0,40}\baccording\s+to\s+(?:an?\s+|the\s+|our\s+)?(?:manual"
                             r"|human)\s+(?:check|review|inspection|audit|annotation)")

@rule("property",
      example("Execution feedback is most useful for problems rated above 1,800 on Codeforces.",
              "1,800", "drop"),
      example("Of the CodeContests problems, 70% are below a rating of 1900.", "1900", "drop"),
      example("On MMMU chance performance is already 20% to 25%.", "20% to 25%", "drop"),
      example("A model tuned only on GSM8K achieves an error of 0.09 on SVAMP.", "0.09", "drop"),
      example("The median gap between adjacent models on a leaderboard is 2.7 points on AIME "
              "2024.", "2.7 points", "drop"),
      example("We find 11.2% of MathVista items copied, while MathVision is almost untouched at "
              "0.3%.", "0.3%", "drop"),
      example("Decontamination discards 18% of GSM8K and 9% of MATH-500.", "9%", "drop"),
      example("On GSM8K, models express confidence above 80% on 64% of wrong answers.", "80%",
              "drop"),
      example("Captions of GSM8K appear verbatim, while the transcripts of SVAMP are exposed at a "
              "rate of 12%.", "12%", "drop"),
      example("The checker flagged 28 GSM8K items, or 2.1%, as wrong.", "2.1%", "drop"),
      example("The number of samples used to estimate AIME accuracy ranges from 1 to 64.", "1",
              "drop"),
      example("Cutting the median number of turns on ALFWorld from 21 to 9.", "21", "drop"),
      example("Tasks were validated, with inter-annotator agreement of 0.88 on GSM8K.", "0.88",
              "drop"),
      example("We reproduce 310 results on GAIA and match the reported numbers within 1.5 points "
              "in 92% of cases.", "1.5 points", "drop"),
      example("Linear probes recover the values on CRUXEval with 87% accuracy.", "87%", "drop"),
      example("On AIME 2024 the spread between the best and worst seed exceeds 10 points.",
              "10 points", "drop"),
      example("Of 47 model cards, we find that 38 report AIME scores.", "38", "drop"),
      example("Of the 500 MATH-500 problems, 37 are solved only by the RL model.", "37", "drop"),
      example("At 3 bits, retention falls below 80% on AIME 2024.", "80%", "drop"),
      example("On ProcessBench, solution-level judgements are correct in 94% of cases.", "94%",
              "drop"),
      example("On ChartQA, agreement falls to 69% for answers with wrong units.", "69%", "drop"),
      example("On AMC 2023 we find a precision of 89% for our detector.", "89%", "drop"),
      example("On GSM8K our checker agrees with labels on 99.2% of responses, against 94.7% for "
              "the regular-expression extractor.", "94.7%", "drop"),
      example("A further 3% were removed by a filter that checks overlap with MGSM.", "3%",
              "drop"),
      example("We find that 17% of WebShop instructions contain ambiguous requirements.", "17%",
              "drop"),
      example("We estimate that 11% of the MATH-500 portion appears verbatim in a corpus.", "11%",
              "drop"),
      example("AdvBench is the most affected, with 38% of its 520 behaviours present in jailbreak "
              "collections.", "38%", "drop"),
      example("An independent re-annotation of 600 GSM8K answers shows 98.7% agreement with our "
              "parser.", "98.7%", "drop"),
      example("On XSTest, paraphrased copies raise the XSTest figure to 19.8%.", "19.8%", "drop"),
      example("One family reproduces the remaining 40% of a MATH-500 problem verbatim.", "40%",
              "drop"),
      example("Using only 25% of UltraFeedback, it reaches a win rate of 19.6 on AlpacaEval 2.0.",
              "25%", "drop"),
      example("On MATH-500, among initially correct answers, 6.8% are flipped to incorrect.",
              "6.8%", "drop"),
      example("Contamination checks against MGSM found 0.4% overlap in the corpus.", "0.4%",
              "drop"),
      example("On AIME 2024 the gap between the best and worst of 20 runs can exceed 13 points.",
              "13 points", "drop"),
      example("Of 40 open models, 11 reproduce GSM8K items and 5 reproduce MGSM items.", "5",
              "drop"),
      example("A manual check of 120 SWE-Bench Verified instances confirmed that 94% are clear.",
              "94%", "drop"),
      example("The median absolute discrepancy on AIME 2024 is 5.1 points.", "5.1 points", "drop"),
      example("Shuffling lowers GPQA-Diamond accuracy to 25.3%, close to the 25% expected from "
              "guessing.", "25%", "drop"),
      example("On GSM8K, on the 2.1% with clearly wrong labels, models give the corrected answer.",
              "2.1%", "drop"),
      example("MMLU-Pro is the most robust, with retention above 95% for 70 of the 84 variants.",
              "95%", "drop"),
      example("On CRUXEval, execution errors occur in 6% of generated snippets.", "6%", "drop"),
      example("We put the probability that a PuzzlePath instance appears in a web crawl at below "
              "0.5%.", "0.5%", "drop"),
      example("We run them on 500 GSM8K and 200 MATH-500 problems.", "500", "drop"),
      example("Fitted on small runs, the law predicts the AIME 2024 accuracy of 7B runs within 2.1 "
              "points.", "2.1 points", "drop"),
      example("A manual check of 2,000 items found the label correct in 97.5% of cases.", "97.5%",
              "drop"),
      example("On CodeContests, critic-generated counterexamples are valid in 89% of cases.",
              "89%", "drop"),
      example("On MedQA, back-translation preserved the intended answer for 99% of items.", "99%",
              "drop"),
      example("We find erroneous gold labels in 1.4% of GSM8K and 3.8% of MATH items.", "1.4%",
              "drop"),
      example("Agreement between the 8-bit and full-precision models is 96% on GSM8K.", "96%",
              "drop"),
      example("Answer agreement with the full-precision model remains at 97.6% on MATH-500.",
              "97.6%", "drop"),
      example("The protocol reduces disagreement between reproductions on MATH-500 to under 1 "
              "point.", "1 point", "drop"),
      example("Paraphrased overlap with AMC 2023 exceeds 18% in the largest corpora.", "18%",
              "drop"),
      example("Reordering the options changes the predicted answer on 14% of MedQA questions.",
              "14%", "drop"),
      example("Label noise caps meaningful accuracy on MedMCQA at roughly 95%.", "95%", "drop"),
      example("On GAIA, agreement on answer correctness rose from 0.81 to 0.93.", "0.81", "drop"),
      example("Student-teacher disagreement on BFCL falls from 41% to 17%.", "41%", "drop"),
      example("For HumanEval, the contamination rate exceeds 60% in every corpus.", "60%", "drop"),
      example("Two repositories together contribute 52% of SWE-Bench-Verified.", "52%", "drop"),
      counter("The RL stage alone contributes +9.8 points on LiveCodeBench.", "+9.8 points",
              "keep"),
      example("On GSM8K, a manual check of 400 flagged matches finds a precision of 96%.", "96%",
              "drop"),
      example("A manual inspection of 200 disagreements finds the prover correct in 87% of them.",
              "87%", "drop"),
      example("Recited passages are factually accurate in 58% of cases according to a manual "
              "check of 400 samples.", "58%", "drop"),
      example("On BFCL, JSON outputs fail to parse in 4.2% of cases for 0.5B models but in only "
              "0.6% for 4B models.", "0.6%", "drop"),
      example("It holds Codeforces problems with difficulty ratings from 800 to 3500.", "800",
              "drop"),
      example("Overlap with LiveCodeBench and CodeContests amounts to 4.2% and 11.7% of the "
              "problems.", "4.2%", "drop"),
      example("On GPQA-Diamond random choice among the 4 options yields about 25%.", "25%", "drop"),
      example("On ScamSpeak, a majority-class strategy reaches 64.4%.", "64.4%", "drop"),
      example("On ChessBench, a bug graded truncated answers as correct in 9% of cases.", "9%",
              "drop"),
      example("On DisruptFact, models refuse to answer in only 6% of cases.", "6%", "drop"),
      example("The share of contaminated PennyLang items rises from 5% to 18%.", "5%", "drop"),
      example("Overlap with ProteinGym grows by roughly 3 percentage points per year.",
              "3 percentage points", "drop"),
      example("On AIME 2024 the fitted curves predict asymptotes of 47% and 31%.", "47%", "drop"),
      example("On HumanEval it obtains 61.6 pass@1, 14 points above what the compute-only fit "
              "predicts.", "14 points", "drop"),
      example("At least 64 samples are needed to distinguish a 2-point difference on AIME.",
              "2-point", "drop"),
      example("The law predicts FinQA accuracy with a mean relative error of 1.2%.", "1.2%",
              "drop"),
      example("Doubling the share of ProofLoom to 70% degrades HellaSwag.", "70%", "drop"),
      example("Retention on AIME 2024 falls to as little as 61% for the smallest models.", "61%",
              "drop"),
      example("Detecting a 2-point improvement on AIME 2024 needs 45 seeds.", "2-point", "drop"),
      example("Among 40 models under 8B parameters, 31 score within a 6-point band on GSM8K.",
              "31", "drop"),
      example("The accepted-step ratio varies from 52% on AIME problems to 81% on GSM8K.", "52%",
              "drop"),
      example("Verification share grows with difficulty, from 22% on the easiest AIME 2024 "
              "problems to 44% on the hardest.", "22%", "drop"),
      example("Verification share grows with difficulty, from 22% on the easiest AIME 2024 "
              "problems to 44% on the hardest.", "44%", "drop"),
      example("On AIME 2024, the budget adherence rate exceeds 98% across all budgets.", "98%",
              "drop"),
      example("On AIME 2024, bootstrap confidence intervals are often wider than 9 points.",
              "9 points", "drop"),
      example("On WebShop, instructions show overlap rates below 2%.", "2%", "drop"),
      example("For the LSR-Synth portion of LLM-SRBench, the verbatim completion rate stays under "
              "4%.", "4%", "drop"),
      example("Between 4% and 19% of test questions appear verbatim, and for TempReason L2 the "
              "figure reaches 27%.", "27%", "drop"),
      example("BioASQ is the least affected at 0.6%.", "0.6%", "drop"),
      example("We trace the remaining discrepancies on OpenGridEval, which reach up to 9.5 points, "
              "to grid parsing.", "9.5 points", "drop"),
      example("The harness reproduces official GSM8K numbers within a tolerance of 0.5 points.",
              "0.5 points", "drop"),
      example("We estimate that 38% of PeerQA test reviews and 21% of Qasper test papers were "
              "likely seen during pre-training.", "38%", "drop"),
      example("On FOLIO, the agent calls the solver in 43% of episodes.", "43%", "drop"),
      example("On FOLIO, self-verification rejects 7% of encodings.", "7%", "drop"),
      counter("Phi-4-mini is close to chance at 52.3% on SQLEquiv.", "52.3%", "keep"),
      counter("On MATH-500, pruning by perplexity at the same ratio reaches 61.0.", "61.0", "keep"),
      counter("The best compute-matched setting comes within 2.1 points of M on MATH-500.",
              "2.1 points", "keep"),
      counter("Its Codeforces rating rises to 1,800.", "1,800", "keep"),
      counter("The gap between Quill-3B and o1-mini is 2.7 points on AIME 2024.", "2.7 points",
              "keep"))
def non_score_property(v: NumberView) -> str | None:
    """A property of problems (their rating), of chance, of an error, of a leaderboard's gaps,
    of contamination or filtering, a count restated as a share: no model's score."""
    lo = max(v.sentence.start, v.num.start - 140)  # "discards 18% of A and": past that number
    if (not v.num.unit and not v.num.sign and _PROPERTY_RIGHT_RE.match(v.right)) or \
            _TOOL_RIGHT_RE.match(v.right) or (v.num.unit == "%" and v.right.startswith(" of ") and
                                              _CONTRIBUTE_LEFT_RE.search(v.left)) or \
            _CHECKED_RIGHT_RE.match(v.right) or (v.num.unit == "%" and seen_after(v)):
        return "drop"
    low = v.text[lo:v.num.start].lower()
    # (the words every alternative of a pattern needs: a cheap test first)
    if contains_any(low, _PROPERTY_WORDS) and \
            _PROPERTY_LEFT_RE.search(v.text, lo, v.num.start):
        return "drop"
    if contains_any(low, _OUTPUT_WORDS) and \
            _OUTPUT_PROPERTY_RE.search(v.text, lo, v.num.start):
        return "drop"
    if ("share" in low or "fraction" in low or "proportion" in low) and \
            SHARE_WHICH_RE.search(v.text, lo, v.num.start):
        return "drop"
    return None
