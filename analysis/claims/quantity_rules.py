"""Quantity rules: numbers that measure a setting or a cost (sparsity, speed, overlap, price)."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import NumberView
from analysis.claims.property_rules import non_score_property
from analysis.claims.rules import counter, example, rule
from analysis.claims.scan import contains_any, holds_any
from analysis.claims.setup_rules import setting_after

# "41 J per problem", "4.2 Wh per 100 questions", "8.1 GB at 16 bits", "under 500 MB": energy
# and memory.
_ENERGY_AFTER_RE = re.compile(r"\s*(?:J|kJ|Wh|kWh|mWh|joules?|watt-?hours?|[KMGT]i?B|bytes"
                              r"|k?g\s+(?:of\s+)?CO2(?:e|-eq\w*)?|kg|tCO2e?)\b")
# "71% on GSM8K traces": measured on a benchmark's traces (an acceptance rate), not solving it.
_ON_TRACES_RE = caseless(r"\s*on\s+(?:the\s+)?B\s+(?:traces|prompts|responses|outputs"
                         r"|generations|drafts)\b")
# "4.7% of HellaSwag items appear verbatim": a contamination share; "unchanged on 99.2% of B".
_LEAK_SHARE_RE = caseless(r"\s*of\s+(?:the\s+)?B\s+(?:[\w-]+\s+){0,2}?(?:items|questions"
                          r"|problems|examples|instances|statements|theorems|tasks|prompts"
                          r"|transcripts|utterances|labels|samples)\s+"
                          r"(?:appear|are\s+found|occur|overlap|leak|were\s+found"
                          # "7.8% of SLURP test transcripts carry label errors": the data's flaws
                          r"|(?:carry|contain|have|has)\s+(?:[\w-]+\s+)?(?:label|annotation)"
                          r"\s+errors|are\s+mislabell?ed)")
# "8.3% of gold patches occur verbatim": items found in a corpus.
_OCCUR_VERBATIM_RE = caseless(r"\s*of\s+(?:the\s+)?(?:B\s+)?(?:[\w-]+\s+){0,2}?[\w-]+s\s+"
                              r"(?:appear|occur|are\s+found|were\s+found)\s+(?:verbatim|in\s+"
                              r"(?:at\s+least|the|a|public|one))\b")
# "syntactically valid in 97% of responses", "illegal moves in only 0.9% of turns": how often
# outputs are well-formed, a property of the outputs and not a score.
_VALID_OUTPUTS_RE = caseless(r"\b(?:(?:syntactically|semantically)\s+valid|execut\w*\s+"
                             r"successfully|(?:illegal|invalid|malformed|repetitive|degenerate"
                             r"|truncated|garbled)\s+(?:moves?|outputs?"
                             r"|actions?|calls?|responses?)|introduc\w*\s+(?:an?\s+)?(?:new\s+)?"
                             r"(?:bugs?|errors?|regressions?))\b[^;,]{0,25}?\b(?:in|for|on)\s+"
                             r"(?:only\s+|about\s+|roughly\s+|over\s+|(?:more|less|fewer)\s+than\s+)?$")
# "MMLU-ProX shows fewer than 0.5% matches": matches found by a contamination search.
_MATCHES_RE = caseless(r"\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?)?(?:(?:exact"
                       r"|verbatim|near-duplicate|n-gram)\s+)?(?:matches|positives|detections"
                       r"|flags|hits)\b")
# "87% are rated as acceptable or better by physicians": a share of outputs a rater liked.
_RATED_AS_RE = caseless(r"\s*(?:of\s+(?:them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:are|were|is|was)"
                        r"\s+(?:rated|deemed|considered|graded)\s+as\b")
_RATED_LEFT_RE = re.compile(r"\brated\s+(?:only\s+|about\s+|nearly\s+)?$")  # "rated 88% as"
_AGREE_ON_RE = caseless(r"\b(?:unchanged|identical|agree\w*"
                        r"|the\s+same(?!\s+(?:model|backbone|system|agent|M)\b)"
                        r"|without\s+chang\w*)\b[^;,]{0,40}?\s+"
                        r"(?:on|for|in)\s+$")  # "agrees with human judgement on"
_QUANTITY_CHANGE_RE = caseless(
    # "decoding speed improves by 2.7x", "throughput increases 2.7x"
    r"\b(?:speed|throughput|latency|memory(?:\s+use|\s+footprint)?|cost|energy)\s+"
    r"(?:(?:on|with|at)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){1,2}?)?"
    r"(?:improves|increases|rises|grows|drops|falls|decreases|shrinks)\s+(?:by\s+)?$"
    # "shortens training by 30%", "speeds up inference by 2.1x"
    r"|\b(?:shorten(?:s|ing)?|speeds?\s+up|accelerat\w*|cuts?|reduc\w*|halves|lengthen\w*)\s+"
    r"(?:the\s+)?(?:(?:successful|average|agent)\s+)?(?:training|inference|decoding|convergence"
    r"|wall-?clock|generations?|trajectories|episodes)(?:\s+time)?"
    r"\s+by\s+(?:up\s+to\s+|about\s+|nearly\s+)?$"
    # "its loop rate falls from 14%": the rate of something that is not solving
    r"|\b(?!(?:pass|success|solve|solving|solved|resolve|resolved|resolution|win|accuracy"
    r"|completion|correct|plan|feasibility|validity)\b"  # ("the feasible-plan rate")
    r"|error\b(?<=word\serror)|error\b(?<=character\serror)|error\b(?<=symbol\serror)"
    r"|error\b(?<=phoneme\serror))"  # (an ASR, OCR or optical music recognition score)
    r"[a-z-]+\s+rates?\s+(?:\w+\s+){0,2}?(?:falls?|drops?|decreases?|declines?|rises?"
    r"|increases?|grows?|goes)\s+from\s*$"
    # "expected calibration error on B falls from 0.21": a calibration measure
    r"|\b(?:calibration\s+errors?|ECE|Brier(?:\s+score)?)\b[^;]*$"
    # "the number of tokens per B question from 310 to 205"
    r"|\btokens\s+per\s+(?:[\w-]+\s+){0,2}?(?:question|problem|query|answer|response|sample|item"
    r"|example)s?\s+(?:from\s*|to\s*|by\s*)$"
    # "an n-gram overlap below 0.2% with public test sets"
    r"|\b(?:overlap|contamination|leakage|duplication)\s+(?:rates?|ratios?)\s+ranges?\s+from\s+$"
    r"|\b(?:overlap|contamination|leakage|duplication)(?:\s+(?:rate|ratio))?\s+(?:of\s+|is\s+"
    r"|at\s+|stays\s+|remains\s+|reaching\s+|reaches\s+)?(?:below|under|above|over|of|at|to|by"
    r"|about|only|just)?\s*$"
    # "accuracy per thousand generated tokens improves 1.9x", "violations per episode fall by 38%"
    r"|\bper\s+(?:\w+\s+){0,2}tokens?\s+(?:improves|increases|rises|grows)\s+(?:by\s+)?$"
    r"|\b(?:violations?|hallucinations?|turns|tool\s+calls|steps)\s+(?:(?:per|in|during)\s+"
    r"(?:[\w-]+\s+){1,2}?)?(?:fall|drop|decrease|rise|increase)s?\s+(?:by|from)\s+$"
    # "reduces thinking on MMLU-Pro questions by 52%", "traces grow by up to 38%"
    r"|\b(?:reduc\w*|cuts?|trims?|lowers?)\s+(?:the\s+)?(?:thinking|reasoning|deliberation)\b"
    r"[^;]{0,40}\bby\s+(?:up\s+to\s+|about\s+|nearly\s+)?$"
    r"|\b(?:traces|outputs|responses|chains|generations)\s+(?:grow|shrink|lengthen)\s+by\s+"
    r"(?:up\s+to\s+|about\s+|nearly\s+)?$"
    # "shrinks the average test set by 63%": the size of the data
    r"|\b(?:shrink|reduc|cut|trim|halv|enlarg|expand)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:test\s+sets?"
    r"|datasets?|benchmarks?|corpus|corpora|pool)\s+by\s+(?:up\s+to\s+|about\s+|nearly\s+)?$"
    # "reduces interpreter calls by 61%": how often a tool is used
    r"|\b(?:reduc\w*|cuts?|trims?|lowers?|halves|increas\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:calls"
    r"|queries|invocations|lookups|requests|retrievals)\b[^;]{0,30}?\bby\s+(?:up\s+to\s+|about\s+"
    r"|nearly\s+)?$"
    # "reduces the number of debugging rounds needed ..., by 38%"
    r"|\b(?:reduc|rais|increas|doubl|lower|cut)\w*\s+the\s+(?:number\s+of|tokens|steps|samples"
    r"|rollouts)\b[^;]{0,80}\bby\s+(?:about\s+"
    r"|up\s+to\s+|roughly\s+|nearly\s+|around\s+)?(?:a\s+factor\s+of\s+)?$"
    # "inflate their step counts by 35%"
    r"|\b(?:step|token|turn|call)\s+counts?\s+(?:by\s+)?(?:about\s+|up\s+to\s+|nearly\s+)?$"
    # "a user pays roughly 3 times more per problem"
    r"|\b(?:pays?|paying|spends?)\s+(?:roughly|about|nearly|around|up\s+to|only)?\s*$")
# "the acceptance rate reaches 0.71": the rate of something that is not solving.
_NON_SCORE_RATE_RE = caseless(
    r"\b(?:acceptance|rejection|compression|sparsity|refusal|hallucination|exit|skip"
    r"|(?<!word\s)(?<!character\s)(?<!symbol\s)(?<!phoneme\s)error"  # a word error rate is an
    # ASR benchmark's score (a symbol error rate an optical music recognition one's)
    r"|(?:parse|parsing|format|formatting|syntax)\s+failure"
    r"|abstention|routing|cache[\s-]+hit|hit|call|invocation|trigger|crash|timeout)\s+rates?\b"
    r"(?:\s+[\w-]+){0,2}\s*$|\b(?:acceptance|rejection|refusal|abstention)\b"
    r"(?!\s+(?:f1|accuracy|precision|recall)\b)"  # ("an abstention F1 of 66.0": a score)
    r"(?:\s+(?!(?:but|while|whereas|yet|costs?)\b)[\w-]+){0,6}\s*$"  # "the acceptance rate of
    # drafted steps averages 71%" (not "similar refusal behaviour but costs 8.4 points")
    # "the incidence of flagged exploits falls from 23%", "the exploit rate only to 17%"
    r"|\b(?:incidence|prevalence)\s+of\b[^;]{0,60}\b(?:falls?|drops?|rises?|grows?)\s+from\s*$"
    r"|\bexploit\s+rates?\b[^;]{0,30}\bto\s*$"
    # "its hallucination rate under expert review falls from 19% to 8%"
    r"|\bhallucination\s+rates?\b[^;,]{0,40}?\b(?:falls?|drops?|decreases?)\s+from\s*$"
    # "Acceptance rates rise most for Thai and Telugu (from 0.38"
    r"|\b(?:acceptance|rejection|refusal|abstention)\s+rates?\s+(?:on\s+B\s+)?(?:rise|fall"
    r"|drop|grow)s?\b"
    r"[^;.]{0,50}?\(?\s*from\s*$"
    r"|(?<!win\s)(?<!success\s)(?<!resolve\s)(?<!resolution\s)(?<!pass\s)(?<!solve\s)(?<!word\serror\s)"
    r"(?<!character\serror\s)(?<!symbol\serror\s)(?<!plan\s)(?<!schedule\s)(?<!feasibility\s)(?<!validity\s)"
    r"(?<!completion\s)(?<!match\s)"  # ("the compile-and-match rate of M from 41.7%")
    r"\brates?\s+of\s+"  # ("the feasible-plan rate of its base model from": a success rate)
    r"(?!(?:correct|success|solv|pass|accura)\w*)[\w-]+(?:\s+[\w-]+){0,6}?"
    r"(?:\s+(?:on|in|for)\s+(?:the\s+)?B)?(?:\s+(?:falls?|drops?|stays?|remains?|rises?|grows?))?"
    r"\s+(?:from|to|by|is|at|below|under|above|over)\s*$"
    # "reduces the rate at which a correct agent is persuaded to switch ... from 31%"
    r"|\brate\s+at\s+which\b[^;]*\bfrom\s*$"
    # "doubles the rate of malformed fault codes in generated answers, from 1.8%"
    r"|\brate\s+of\s+(?:malformed|invalid|unparsable|unparseable|ill-formed)\b[^;]{0,60}\bfrom\s*$"
    # "the fraction of correct answers changed to incorrect ones drops from 6.1%": flips
    # "the share of errors that still land in the correct family rises from 22%": of errors
    r"|\b(?:fraction|share|proportion|percentage)\s+of\s+(?:(?:its|their|the)\s+)?(?:errors"
    r"|mistakes|failures)\b[^;]{0,60}?\b(?:from|to|by|is)\s*$"
    r"|\b(?:fraction|share|proportion|percentage)\s+of\s+[^;]{0,40}?\b(?:changed|flipped|switched"
    r"|turned)\b[^;]{0,40}?\b(?:from|to|by|is)\s*$"
    # "For AMC 2023 the rate is 22.5%": a bare "the rate", named in a sentence before
    r"|(?<![\w-])[Tt]he\s+rate\s+(?:is|was|reaches|(?:rises|falls|drops)\s+to)\s+(?:only\s+|about\s+)?$"
    # "additional rounds change the answer less than 2% of the time": how often, not a score
    r"|\b(?:chang|flip|alter|revis)\w*\s+(?:the|its|their)\s+(?:final\s+)?answers?\b[^;,]{0,20}$")
_REFUSAL_RATE_RE = caseless(r"\b(?:refusal|abstention|rejection)\s+rates?\b[^;.]{0,80}\b(?:is|was"
                            r"|of|at|reaches|stays)\s+(?:only\s+|about\s+)?$")
_RATE_WORDS = ("rate", "acceptance", "rejection", "refusal", "abstention", "answer", "flipped",
               "errors", "mistakes", "failures",
               "incidence", "prevalence",
               "switched", "turned")
OF_BENCHMARK_RE = re.compile(r"^\s*of\s+(?:the\s+)?B\b")  # masked: "of B problems"
# "the rating ... can differ by up to 400 points depending on the protocol": a spread.
_SPREAD_RE = caseless(r"\b(?:(?:can|may|could|might)\s+(?:\w+\s+)?(?:differ|vary|swing|fluctuate)"
                      r"|differs|varies|swings|fluctuates|scores\s+differ"
                      # "scores on AIME 2024 vary by up to 6.7 points for the same model"
                      r"|\b(?:scores|results|accuracies|numbers|figures)\b[^;,.]{0,40}?\b(?:vary"
                      r"|fluctuate|swing"
                      r"|that\s+differ)|\b(?:scores|results)\s+for\s+the\s+same\b[^;,.]{0,40}?"
                      r"\bdiffer|\bdiffer\s+(?:across|between|among)\s+(?:papers|studies|runs|seeds"
                      r"|prompts|templates|harnesses|implementations|evaluations|reports)"
                      # ("scores reported for the same model differ across papers by up to 11")
                      # "changing the tensor-parallel degree alone shifts results by up to 3.3",
                      # "the answer-extraction regex moves reported accuracies by as much as 7"
                      r"|shifts?\s+(?:the\s+)?(?:results|scores|accuracy|rankings?)"
                      r"|moves?\s+(?:the\s+)?reported\s+(?:results|scores|accuracy|accuracies))"
                      r"\s+by\s+(?:as\s+much"
                      r"\s+as\s+|up\s+to\s+|over\s+|more\s+than\s+|less\s+than\s+)?$")
# "the spread between the best and worst method shrinks from 21 points to 8 points": how far
# apart a field's methods are, no one model's result
_BEST_WORST_RE = caseless(r"\b(?:spread|range|gap)\s+between\s+(?:the\s+)?(?:best|top|strongest"
                          r"|highest)\b[^;]{0,30}?\b(?:and|to)\s+(?:the\s+)?(?:worst|bottom"
                          r"|weakest|lowest)\b[^;]{0,60}?\b(?:from|to|is|of|at|by)\s+(?:about\s+"
                          r"|only\s+|just\s+)?$")
# "the standard deviation across 16 seeds reaches 4.8 points" (read in the raw text: the
# number window starts after "16").
_DEVIATION_RE = caseless(r"\b(?:standard\s+deviations?|variance)\b[^;]{0,80}\b(?:of|reach(?:es)?"
                         r"|is|are|exceeds?|at|from|to)\s+(?:about\s+|up\s+to\s+|over\s+|roughly\s+"
                         r"|below\s+|under\s+|less\s+than\s+)?$")
# "a standard deviation of up to 2.3 points on B across templates and 1.7 points across seeds":
# the list's later members are deviations too.
_DEVIATION_LIST_RE = caseless(r"\b(?:standard\s+deviations?|variance)\b[^;]{0,100}\d\s*(?:points?"
                              r"|%)[^;\d]{0,50}\band\s+(?:from\s+)?$")
# "improvements under 3 points reported in the original papers": a class of results.
_SMALL_GAINS_LEFT_RE = caseless(r"\b(?:improvements|gains|differences)\s+(?:of\s+)?(?:under"
                                r"|below|smaller\s+than|less\s+than)\s*$")
_SMALL_GAINS_RIGHT_RE = caseless(r"\s*(?:points?|pts|%)?\s*(?:on\s+(?:these|the|all|both|B)\b"
                                 r"[^,;]{0,30}?\s+)?(?:reported|that|which|are|were"
                                 r"|in\s+(?:the|prior|published))\b")

_QUANTITY_WORDS = ("speed", "throughput", "latency", "memory", "cost", "energy", "shorten",
                   "accelerat", "cut", "reduc", "halves", "lengthen", "token", "overlap",
                   "contamination", "leakage", "duplication", "pay", "spend", "rate",
                   "calibration", "ece", "brier", "rais", "doubl", "lower", "violation",
                   "hallucination", "turns",
                   "tool call", "steps", "step count", "thinking", "reasoning", "deliberation",
                   "grow", "shrink", "number", "calls", "queries", "invocations", "lookups",
                   "requests", "retrievals", "trim", "halv", "enlarg", "expand")


@rule("quantity-change",
      example("With 4-bit weights, decoding speed improves by 2.7x on a laptop CPU.", "2.7x",
              "drop"),
      example("Peak memory drops by 5x and throughput increases 2.7x at 32K context.", "2.7x",
              "drop"),
      example("Used as a dense reward, it shortens training by 30% to reach the same accuracy.",
              "30%", "drop"),
      example("It reduces the number of tokens per ChemBench question from 310 to 205.", "310",
              "drop"),
      example("Contamination checks find an n-gram overlap below 0.2% with public test sets.",
              "0.2%", "drop"),
      example("We estimate that a Burmese user pays roughly 3 times more per MGSM problem.", "3",
              "drop"),
      example("The probe shortens generations by 28% without changing accuracy.", "28%", "drop"),
      example("With Refine-RL, the loop rate falls from 41% to 12% of turns.", "41%", "drop"),
      example("Accuracy per thousand generated tokens improves 1.9x on GSM8K.", "1.9x", "drop"),
      example("Policy violations per episode fall by 38% on Tau-Bench.", "38%", "drop"),
      example("On GSM8K, estimated contamination rates range from 4% to 19%.", "4% to 19%",
              "drop"),
      example("On MBPP+, it reduces the number of debugging rounds needed to pass, by 38% on "
              "average.", "38%", "drop"),
      example("On HumanEval, paraphrase detection raises the number of flagged items by a factor "
              "of 2.7.", "2.7", "drop"),
      example("Granular experts reduce the tokens needed to reach a given GSM8K accuracy by 35%.",
              "35%", "drop"),
      example("PRM-guided policies inflate their step counts by 35% without accuracy gains.",
              "35%", "drop"),
      example("The gate reduces thinking on MMLU-Pro questions by 52%.", "52%", "drop"),
      example("Below 3 bits, traces grow by up to 38% on ZebraLogic.", "38%", "drop"),
      example("Expected calibration error on MATH-500 falls from 0.21 to 0.08.", "0.21", "drop"),
      example("On GAIA, it shortens successful trajectories by 18%.", "18%", "drop"),
      example("On MATH-500, ToolMix reduces interpreter calls by 61% without loss in accuracy.",
              "61%", "drop"),
      counter("On SWE-Bench Verified, the resolved rate rises from 22.6% to 37.8%.", "22.6%",
              "keep"),
      counter("Its pass rate rises from 41% to 52% on MBPP.", "41%", "keep"),
      counter("Its accuracy on GSM8K improves by 2.7 points.", "2.7 points", "keep"))
def _quantity_change(v: NumberView) -> str | None:
    """ "decoding speed improves by 2.7x", "shortens training by 30%", "overlap below 0.2%",
    "pays 3 times more": a change of speed, time, overlap or price, not of a score ("costs 5.2
    points on B" is a score's loss, so "costs" is not among the price words)."""
    low = v.left.lower()
    if not contains_any(low, _QUANTITY_WORDS):
        return None  # the words every alternative of the pattern needs: a cheap test first
    return "drop" if _QUANTITY_CHANGE_RE.search(v.left) else None


@rule("spread",
      example("The rating reported for the same model can differ by up to 400 points depending "
              "on the protocol.", "400 points", "drop"),
      example("Roughly half of the improvements under 3 points reported in the original papers "
              "fall within one standard deviation.", "3 points", "drop"),
      example("For 1.5B models the standard deviation across 16 sampling seeds reaches 4.8 points "
              "on AIME 2025.", "4.8 points", "drop"),
      example("For the 7B model the standard deviation of AIME 2024 accuracy over 8 seeds exceeds "
              "3.2 points.", "3.2 points", "drop"),
      example("Defects can reorder models whose scores differ by less than 2 points on HumanEval.",
              "2 points", "drop"),
      example("Scores reported for the same model on GPQA-Diamond differ across papers by up to 11 "
              "points.", "11 points", "drop"),
      example("On QCircuitNet, changing only the answer-extraction regex moves reported accuracies "
              "by as much as 7 points.", "7 points", "drop"),
      example("We measure a standard deviation of up to 2.3 points on MathVista across templates "
              "and 1.7 points across random seeds.", "1.7 points", "drop"),
      counter("The standard deviation is 0.4 points, and Tiny-1B gains 3.1 points on MathVista.",
              "3.1 points", "keep"),
      counter("Its Codeforces rating rises by up to 400 points.", "400 points", "keep"),
      example("Improvements below 3 points on these benchmarks are often not significant.",
              "3 points", "drop"),
      example("On AIME 2024, the tensor-parallel degree alone shifts results by up to 3.3 points.",
              "3.3 points", "drop"),
      counter("It yields improvements under 3 points on GSM8K.", "3 points", "keep"),
      example("Reported LoCoMo scores for the same baseline differ by as much as 20 points across "
              "papers.", "20 points", "drop"),
      example("On SRBench, the spread between the best and worst method shrinks from 21 points to "
              "8 points.", "8 points", "drop"))
def _spread(v: NumberView) -> str | None:
    """ "can differ by up to 400 points", "improvements under 3 points reported in the papers":
    a spread or a class of results the paper discusses, not one result."""
    # (each pattern needs a word: "by" at the end, or a deviation or variance before)
    if " by" in v.left[-40:] and _SPREAD_RE.search(v.left):
        return "drop"
    before = v.text[max(v.sentence.start, v.num.start - 160):v.num.start]
    low = before.lower()
    if ("deviation" in low or "variance" in low) and (_DEVIATION_RE.search(
            v.text, max(v.sentence.start, v.num.start - 90), v.num.start) or
            _DEVIATION_LIST_RE.search(before)):
        return "drop"
    if ("spread" in low or "range" in low or "gap" in low) and _BEST_WORST_RE.search(before):
        return "drop"  # "the spread between the best and worst method shrinks from 21 points"
    return "drop" if _SMALL_GAINS_LEFT_RE.search(v.left) and \
        _SMALL_GAINS_RIGHT_RE.match(v.text, v.num.end) else None


@rule("measure-of-use",
      example("The median is 41 J per MATH-500 problem on a flagship phone.", "41", "drop"),
      example("On IOAA, graders agreed within 1 point on 92% of sub-questions.", "92%", "drop"),
      example("It consumes 4.2 Wh per 100 GSM8K questions on the Jetson.", "4.2", "drop"),
      example("The carbon footprint of evaluating one model on the full MATH-500 set ranges from "
              "0.02 to 0.3 kg of CO2-equivalent.", "0.02 to 0.3", "drop"),
      example("It scores 67.9% on MMLU with a peak memory of 2.6 GB, against 8.1 GB at 16 bits.",
              "8.1", "drop"),
      example("TinyDraft achieves an acceptance rate of 71% on GSM8K traces and 63% on MATH-500 "
              "traces.", "63%", "drop"),
      example("We find that 4.7% of HellaSwag validation items and 1.9% of WinoGrande items appear "
              "verbatim or with minor edits in at least one corpus.", "1.9%", "drop"),
      example("The selected answer is unchanged on 99.2% of MATH-500 problems.", "99.2%", "drop"),
      example("It cuts length on GSM8K without changing final answers in 98.6% of cases.",
              "98.6%", "drop"),
      example("The quantized model agrees on the final answer for 97% of 1,000 sampled MATH-500 "
              "problems.", "97%", "drop"),
      example("We find that 7.8% of miniF2F-test theorems appear verbatim in a corpus.", "7.8%",
              "drop"),
      example("On SWE-bench, 8.3% of gold patches occur verbatim next to their issues.", "8.3%",
              "drop"),
      example("We estimate that 7.8% of SLURP test transcripts carry label errors.", "7.8%",
              "drop"),
      example("We find 7.4% of MGSM items copied, whereas MMLU-ProX shows fewer than 0.5% matches.",
              "0.5%", "drop"),
      example("Manual inspection of 600 flagged pairs confirms 83% of the automatic matches.",
              "83%", "drop"),
      example("A manual review of 600 flagged GSM8K pairs confirms 81% of the LLM judge's "
              "positives.", "81%", "drop"),
      example("A review of 300 MedQA explanations finds that 87% are rated as acceptable.", "87%",
              "drop"),
      example("A clinician review of 200 MedQA explanations rated 88% as appropriate.", "88%",
              "drop"),
      example("On NestQA, path expressions are syntactically valid in 97% of responses.", "97%",
              "drop"),
      example("On ChessBench, it produces illegal moves in only 0.9% of turns.", "0.9%", "drop"),
      counter("It solves 63% of MATH-500 problems.", "63%", "keep"),
      counter("On NOTAM-QA, without deferral the same model is correct on 78.4% of questions.",
              "78.4%", "keep"))
def _measure_of_use(v: NumberView) -> str | None:
    """Energy per question, a rate on a benchmark's traces, a share of a benchmark's items that
    leak or that an answer is unchanged on: measures of using or cleaning a benchmark."""
    if _ENERGY_AFTER_RE.match(v.right) or _ON_TRACES_RE.match(v.right):
        return "drop"
    if v.num.unit != "%":
        return None
    return "drop" if _LEAK_SHARE_RE.match(v.right) or _MATCHES_RE.match(v.right) or \
        _RATED_AS_RE.match(v.right) or (_RATED_LEFT_RE.search(v.left) and
                                        v.right.lstrip().startswith("as ")) or \
        _OCCUR_VERBATIM_RE.match(v.right) or ((_AGREE_ON_RE.search(  # ("agreed within 1
            v.text, max(v.sentence.start, v.num.start - 60), v.num.start) or  # point on 92% of")
            _VALID_OUTPUTS_RE.search(v.left)) and v.right.lstrip().startswith("of ")) else None


@rule("non-score-rate",
      example("Its acceptance rate reaches 0.64 on math prompts.", "0.64", "drop"),
      example("Acceptance rates rise most for Thai and Telugu (from 0.38 to 0.71).", "0.38",
              "drop"),
      example("On GSM8K, additional rounds change the answer less than 2% of the time.", "2%",
              "drop"),
      example("For AMC 2023 the rate is 22.5%, largely due to forum reposts.", "22.5%", "drop"),
      example("On ChessBench, writing moves in UCI raises the parse failure rate from 2.1% to "
              "17.6%.", "2.1%", "drop"),
      example("On GSM8K, debate reduces the rate at which a correct agent is persuaded to switch "
              "from 31% to 12%.", "31%", "drop"),
      counter("Its pass rate reaches 64.0 on MBPP.", "64.0", "keep"),
      example("Its refusal rate on a 1,000-prompt HarmBench set is 4.2%.", "4.2%", "drop"),
      example("LeanGym verifies 25,000 proofs per hour with a crash rate below 0.3%.", "0.3%",
              "drop"),
      example("Quantization doubles the rate of malformed fault codes in generated answers, from "
              "1.8% to 3.9%.", "1.8%", "drop"),
      example("On iNat2021, the share of errors that still land in the correct family rises from "
              "22% to 41%.", "22%", "drop"),
      counter("It raises the AlpacaEval 2.0 win rate of Gemma-2-2B-it from 22.1 to 30.6.",
              "22.1", "keep"),
      counter("It raises the WebArena success rate of Llama-3.2-3B-Instruct from 6.4% to 9.1%.",
              "6.4%", "keep"))  # a win rate is the score of a pairwise benchmark
def non_score_rate(v: NumberView) -> str | None:
    """ "the acceptance rate reaches 0.71": the rate of something that is not solving."""
    window = v.text[max(v.sentence.start, v.num.start - 120):v.num.start]
    if "rate" in window and _REFUSAL_RATE_RE.search(window):
        return "drop"  # "its refusal rate on a 1,000-prompt set is 4.2%": past a number between
    if not holds_any(v.left, _RATE_WORDS):
        return None  # the words every alternative of the pattern needs: a cheap test first
    return "drop" if _NON_SCORE_RATE_RE.search(v.left) and not (  # "costs 0.6 points of B
        v.num.unit == "pts" and OF_BENCHMARK_RE.match(v.right)) else None  # accuracy"


# "surpasses the student distilled on unfiltered traces by 5.5 points": a margin in points
# over a rival, whatever the rival's description holds.
_SURPASS_BY_RE = caseless(r"\b(?:surpass|outperform|beat|exceed)\w*\b[^;]{0,80}\bby\s+"
                          r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|only\s+|just\s+)?$")


@rule("margin-in-points",
      example("ShortCircuit-0.5B surpasses the same student distilled on unfiltered traces by 5.5 "
              "points on MATH-500.", "5.5 points", "keep"),
      counter("It outperforms the baseline by 5.5x in speed.", "5.5x", "drop"))
def _margin_in_points(v: NumberView) -> str | None:
    """ "surpasses M trained on X traces by 5.5 points": a margin over a rival, in points, is a
    score change (read before the rules that take the rival's words for the number's)."""
    return "keep" if v.num.unit == "pts" and _SURPASS_BY_RE.search(v.left) else None


# Read before the non-score rules.
SCORES_FIRST = (_margin_in_points,)
QUANTITIES = (setting_after, _quantity_change, _spread, _measure_of_use, non_score_property)
