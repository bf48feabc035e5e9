"""Blind reads: each synthetic hold-out scored by the extractor of the commit that first read it."""

from __future__ import annotations

import logging
import math
import tempfile
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.claims.evaluate import ABS_TOLERANCE, bench_key, evaluate
from analysis.curated.benchmarks import load_benchmarks
from analysis.dev.bench_reference import export_commit, run_in

log = logging.getLogger(__name__)

FIXTURES = config.PROJ_ROOT / "tests" / "fixtures"
# (fixture folder, set letter, commit whose extractor read the set first, session). Each set
# was committed before that commit's extractor ran on it, and its errors were fixed only after;
# so these reads, and only these, measure the extractor on text no rule had seen.
BLIND_READS = (
    ("holdout7", "i", "8e1d6c1", 5), ("holdout8", "j", "97944ea", 5),
    ("holdout9", "k", "af8b78b", 5), ("holdout10", "l", "9bdc642", 5),
    ("holdout11", "m", "36ff49d", 5), ("holdout12", "n", "36ff49d", 5),
    ("holdout13", "o", "4494e70", 5), ("holdout14", "p", "4494e70", 5),
    ("holdout15", "q", "c56a8d7", 6), ("holdout16", "r", "c56a8d7", 6),
    ("holdout17", "s", "c56a8d7", 6), ("holdout18", "t", "c56a8d7", 6),
    ("holdout19", "u", "651a0c0", 6), ("holdout20", "v", "651a0c0", 6),
    ("holdout21", "w", "651a0c0", 6), ("holdout22", "x", "651a0c0", 6),
    ("holdout23", "y", "f3c2e98", 6), ("holdout24", "z", "f3c2e98", 6),
    ("holdout25", "aa", "f3c2e98", 6), ("holdout26", "ab", "f3c2e98", 6),
    ("holdout27", "ac", "1d30889", 7), ("holdout28", "ad", "1d30889", 7),
    ("holdout29", "ae", "1d30889", 7), ("holdout30", "af", "1d30889", 7),
    ("holdout31", "ag", "ab6eeb3", 7), ("holdout32", "ah", "ab6eeb3", 7),
    ("holdout33", "ai", "ab6eeb3", 7), ("holdout34", "aj", "ab6eeb3", 7),
    ("holdout35", "ak", "0e558ce", 7), ("holdout36", "al", "0e558ce", 7),
    ("holdout37", "am", "0e558ce", 7), ("holdout38", "an", "0e558ce", 7),
    ("holdout39", "ao", "9cc1c5f", 7), ("holdout40", "ap", "9cc1c5f", 7),
    ("holdout41", "aq", "9cc1c5f", 7), ("holdout42", "ar", "9cc1c5f", 7),
    ("holdout43", "as", "5578ef3", 8), ("holdout44", "at", "5578ef3", 8),
    ("holdout45", "au", "5578ef3", 8), ("holdout46", "av", "5578ef3", 8),
    ("holdout47", "aw", "b6a0d3e", 8), ("holdout48", "ax", "b6a0d3e", 8),
    ("holdout49", "ay", "b6a0d3e", 8), ("holdout50", "az", "b6a0d3e", 8),
    ("holdout51", "ba", "bef1254", 8), ("holdout52", "bb", "bef1254", 8),
    ("holdout53", "bc", "bef1254", 8), ("holdout54", "bd", "bef1254", 8),
    ("holdout55", "be", "e48eaf2", 8), ("holdout56", "bf", "e48eaf2", 8),
    ("holdout57", "bg", "e48eaf2", 8), ("holdout58", "bh", "e48eaf2", 8),
    ("holdout59", "bi", "34fffed", 9), ("holdout60", "bj", "34fffed", 9),
    ("holdout61", "bk", "34fffed", 9), ("holdout62", "bl", "34fffed", 9),
    ("holdout63", "bm", "a1064f3", 9), ("holdout64", "bn", "a1064f3", 9),
    ("holdout65", "bo", "a1064f3", 9), ("holdout66", "bp", "a1064f3", 9),
    ("holdout67", "bq", "576bbf8", 9), ("holdout68", "br", "576bbf8", 9),
    ("holdout69", "bs", "576bbf8", 9), ("holdout70", "bt", "576bbf8", 9),
    ("holdout71", "bu", "4556d9f", 10), ("holdout72", "bv", "4556d9f", 10),
    ("holdout73", "bw", "4556d9f", 10), ("holdout74", "bx", "4556d9f", 10),
    ("holdout75", "by", "639b1dc", 10), ("holdout76", "bz", "639b1dc", 10),
    ("holdout77", "ca", "639b1dc", 10), ("holdout78", "cb", "639b1dc", 10),
    ("holdout79", "cc", "ee72a0d", 10), ("holdout80", "cd", "ee72a0d", 10),
    ("holdout81", "ce", "ee72a0d", 10), ("holdout82", "cf", "ee72a0d", 10),
    ("holdout83", "cg", "dfbc813", 11), ("holdout84", "ch", "e44dde2", 11),
    ("holdout85", "ci", "a98ce25", 11), ("holdout86", "cj", "6b15c18", 11),
    ("holdout87", "ck", "1e26f8e", 11), ("holdout88", "cl", "49ceed5", 11),
    ("holdout89", "cm", "343f742", 11), ("holdout90", "cn", "8141d65", 11),
    ("holdout91", "co", "fdc1062", 12), ("holdout92", "cp", "5e7b7a8", 12),
    ("holdout93", "cq", "64561ef", 12), ("holdout94", "cr", "f57fb14", 12),
    ("holdout95", "cs", "71e4465", 12), ("holdout96", "ct", "edbe14a", 12),
    ("holdout97", "cu", "46afeed", 12), ("holdout98", "cv", "ff580d9", 12),
    ("holdout99", "cw", "1959830", 12), ("holdout100", "cx", "2b523f5", 12),
    ("holdout101", "cy", "f4d1b58", 12), ("holdout102", "cz", "099e040", 12),
    ("holdout103", "da", "e135f14", 13), ("holdout104", "db", "e135f14", 13),
    ("holdout105", "dc", "e135f14", 13), ("holdout106", "dd", "e135f14", 13),
    ("holdout107", "de", "c5fa265", 13), ("holdout108", "df", "c5fa265", 13),
    ("holdout109", "dg", "c5fa265", 13), ("holdout110", "dh", "464680a", 13),
    ("holdout111", "di", "44995e1", 13), ("holdout112", "dj", "44995e1", 13),
    ("holdout113", "dk", "44995e1", 13), ("holdout114", "dl", "44995e1", 13),
    # session 14: eight general pages, each read at the commit that added it (code of 3867eaa)
    ("holdout115", "dm", "beb65bc", 14), ("holdout116", "dn", "350bcab", 14),
    ("holdout117", "do", "2365ee7", 14), ("holdout118", "dp", "933577d", 14),
    ("holdout119", "dq", "062313a", 14), ("holdout120", "dr", "8ff2a19", 14),
    ("holdout121", "ds", "c1a21d4", 14), ("holdout122", "dt", "fed7326", 14),
    ("holdout123", "du", "749cb79", 15), ("holdout124", "dv", "e605db6", 15),
    ("holdout125", "dw", "7180976", 15), ("holdout126", "dx", "3e5bbf1", 15),
    ("holdout127", "dy", "d7c82a6", 15), ("holdout128", "dz", "59bd788", 15),
    ("holdout129", "ea", "59bd788", 15), ("holdout130", "eb", "168ef80", 15),
    ("holdout131", "ec", "b55a166", 15), ("holdout133", "ee", "ed93d89", 15),
    ("holdout134", "ef", "b55a166", 15), ("holdout135", "eg", "b55a166", 15),
    ("holdout136", "eh", "b55a166", 15), ("holdout137", "ei", "b55a166", 15),
    ("holdout132", "ed", "2669def", 15), ("holdout138", "ej", "b6c42ea", 15),
    # session 16: seven general pages read with the code of 35a0251, then em with 1726b41's
    ("holdout139", "ek", "1936e25", 16), ("holdout140", "el", "9f8dd1c", 16),
    ("holdout142", "en", "8d0db6f", 16), ("holdout143", "eo", "4171662", 16),
    ("holdout144", "ep", "34b5c3f", 16), ("holdout145", "eq", "957e3a9", 16),
    ("holdout146", "er", "20c839f", 16), ("holdout141", "em", "4e1991f", 16),
    # session 17: six general pages read with the code of a525996 (metric "error")
    ("holdout147", "es", "69fd33b", 17), ("holdout148", "et", "b02f7d8", 17),
    ("holdout149", "eu", "c0bf3dd", 17), ("holdout150", "ev", "547afc7", 17),
    ("holdout151", "ew", "3708b65", 17), ("holdout152", "ex", "0926f07", 17),
    # and six more read with the code of 8e2b10d (the first six's fixes)
    ("holdout154", "ez", "5c770c4", 17), ("holdout155", "fa", "ba8d9bf", 17),
    ("holdout156", "fb", "4cb94ff", 17), ("holdout157", "fc", "c9f196f", 17),
    ("holdout158", "fd", "6a36030", 17), ("holdout153", "ey", "bd109bc", 17),
    # session 18: five read with the code of 2ee4b68, and holdout162 (its helper stopped once)
    # with that round's fixes (b17259e)
    ("holdout159", "fe", "ad9791a", 18), ("holdout160", "ff", "e0c4195", 18),
    ("holdout161", "fg", "ed93e6d", 18), ("holdout163", "fi", "836564f", 18),
    ("holdout164", "fj", "26ac556", 18), ("holdout162", "fh", "efd936a", 18),
    # and a second round: five read with the code of cb68809 (round 1's fixes), holdout166
    # (its helper stopped once) with round 2's fixes (3b7da24)
    ("holdout167", "fm", "cf137c1", 18), ("holdout168", "fn", "f1fc802", 18),
    ("holdout165", "fk", "67ba938", 18), ("holdout169", "fo", "8dfee1d", 18),
    ("holdout170", "fp", "b8a9837", 18), ("holdout166", "fl", "d326037", 18),
    # and a third: five read with the code of e49d7bc (round 2's fixes), holdout174 (its helper
    # stopped once) with round 3's first fixes (f614800)
    ("holdout173", "fs", "750a59b", 18), ("holdout172", "fr", "4eff3c7", 18),
    ("holdout176", "fv", "57347d5", 18), ("holdout171", "fq", "fb373c3", 18),
    ("holdout175", "fu", "ed8caba", 18), ("holdout174", "ft", "11f0916", 18),
    # session 19, round 1: six read with the code of dd666de (the session's start)
    ("holdout177", "fw", "eb02119", 19), ("holdout178", "fx", "3c87f45", 19),
    ("holdout179", "fy", "b2e7834", 19), ("holdout182", "gb", "5d3d27a", 19),
    ("holdout181", "ga", "6a954df", 19), ("holdout180", "fz", "a52de97", 19),
    # and round 2: six read with the code of 1ddb529 (round 1's fixes)
    ("holdout183", "gc", "c26d7b0", 19), ("holdout184", "gd", "042a04c", 19),
    ("holdout185", "ge", "b71bc1c", 19), ("holdout186", "gf", "556ff49", 19),
    ("holdout187", "gg", "98a0091", 19), ("holdout188", "gh", "587f77b", 19),
    # session 20, round 1: six read with the code of 0dd8764 (the session's speed change)
    ("holdout189", "gi", "4759c25", 20), ("holdout191", "gk", "e096af2", 20),
    ("holdout194", "gn", "85b9937", 20), ("holdout190", "gj", "811ca31", 20),
    ("holdout192", "gl", "c9ff84b", 20), ("holdout193", "gm", "dd4099c", 20),
    # and round 2: six read with the code of fa968de (round 1's fixes)
    ("holdout200", "gt", "852c6fd", 20), ("holdout196", "gp", "f08aaa0", 20),
    ("holdout199", "gs", "33248b2", 20), ("holdout197", "gq", "56da535", 20),
    ("holdout195", "go", "4f402fd", 20), ("holdout198", "gr", "9fe8714", 20),
    # session 21, round 1: six read with the code of ea1648b (the session's module splits)
    ("holdout201", "gu", "eed5d2a", 21), ("holdout202", "gv", "d38f849", 21),
    ("holdout203", "gw", "b5f69cb", 21), ("holdout204", "gx", "085314d", 21),
    ("holdout205", "gy", "75e2490", 21), ("holdout206", "gz", "3b7ddc0", 21),
    # and round 2: six read with the code and table of c9cefa1 (round 1's fixes and rows)
    ("holdout207", "ha", "a904da1", 21), ("holdout208", "hb", "f0bb2e1", 21),
    ("holdout209", "hc", "a90dcdd", 21), ("holdout210", "hd", "32e3ffd", 21),
    ("holdout211", "he", "efc4c41", 21), ("holdout212", "hf", "0bd1f41", 21),
    # and round 3: six read with the code and table of 15280f0 (round 2's fixes and rows)
    ("holdout213", "hg", "16f77c8", 21), ("holdout214", "hh", "0a6ecbf", 21),
    ("holdout215", "hi", "b3b63c6", 21), ("holdout216", "hj", "b6b5044", 21),
    ("holdout217", "hk", "0469f18", 21), ("holdout218", "hl", "dcd6d55", 21),
    # session 22: one round of six, read with the code and table of 469aa70 (the session's
    # speed work and the rules from the misses left in holdout201-218)
    ("holdout219", "hm", "c6039c5", 22), ("holdout220", "hn", "5536516", 22),
    ("holdout221", "ho", "4c7ebc2", 22), ("holdout222", "hp", "2b8cd0c", 22),
    ("holdout223", "hq", "216fc7d", 22), ("holdout224", "hr", "8066318", 22),
    # session 23: one round of six, each read with the code and table of 2fb79af (the
    # regrouped alias pattern's ASCII classes; no rule changed since session 22's end)
    ("holdout225", "hs", "e3ce3d0", 23), ("holdout226", "ht", "3d0d4b8", 23),
    ("holdout227", "hu", "4c9b080", 23), ("holdout228", "hv", "3805d1a", 23),
    ("holdout229", "hw", "99cdbc6", 23), ("holdout230", "hx", "c156c79", 23),
    # and a second round of six, read with the code and table of d06d403 (the first round's
    # fixes and 59 rows)
    ("holdout231", "hy", "0fd34fe", 23), ("holdout232", "hz", "39d5ed8", 23),
    ("holdout233", "ia", "0ac3c4e", 23), ("holdout234", "ib", "ce73575", 23),
    ("holdout235", "ic", "fb7b454", 23), ("holdout236", "id", "c36c001", 23),
    # session 24: one round of six, each read with the code and table of 94f8e86 (session 23's
    # end; the sets were committed one by one on top of it, with no code between)
    ("holdout242", "ij", "3f3017f", 24), ("holdout239", "ig", "9dcc92b", 24),
    ("holdout241", "ii", "3827813", 24), ("holdout237", "ie", "188110e", 24),
    ("holdout240", "ih", "9ee7ed9", 24), ("holdout238", "if", "e917b49", 24),
    # and a second round of six, read with the code and table of 877d325 (the first round's
    # fixes and 43 rows)
    ("holdout247", "io", "e98ab43", 24), ("holdout244", "il", "a7b5315", 24),
    ("holdout243", "ik", "0585ebd", 24), ("holdout245", "im", "2a5cbc9", 24),
    ("holdout246", "in", "ff4149b", 24), ("holdout248", "ip", "0719439", 24),
    # session 25: one round of six, each read with the code and table of 86ad75a (session 24's
    # end; the sets were committed one by one on top of it, with no code between)
    ("holdout250", "ir", "944d793", 25), ("holdout253", "iu", "eadb1c2", 25),
    ("holdout251", "is", "ec401c6", 25), ("holdout249", "iq", "f0e2d4c", 25),
    ("holdout252", "it", "3f5d157", 25), ("holdout254", "iv", "71af194", 25),
    # and a second round of six, read with the code and table of 66be8a6 (the first round's
    # fixes and 24 rows)
    ("holdout258", "iz", "9e1749f", 25), ("holdout255", "iw", "2d5f4eb", 25),
    ("holdout260", "jb", "c14ad2f", 25), ("holdout256", "ix", "06d4ec3", 25),
    ("holdout259", "ja", "ddf42ed", 25), ("holdout257", "iy", "933eb4e", 25),
    # session 26: one round of six, each read with the code and table of d7bd80e (the alias
    # scan's speed work, no rule changed since session 25's end; the sets were committed one by
    # one on top of it, with no code between)
    ("holdout261", "jc", "8d61101", 26), ("holdout262", "jd", "23f0739", 26),
    ("holdout263", "je", "2f5f3c5", 26), ("holdout265", "jg", "1dcf018", 26),
    ("holdout266", "jh", "cacfdf9", 26), ("holdout264", "jf", "686a3a8", 26),
    # and a second round of six, read with the code and table of 2ae8df7 (the first round's
    # fixes and 12 rows)
    ("holdout267", "ji", "9b03ce5", 26), ("holdout268", "jj", "eea4506", 26),
    ("holdout269", "jk", "8a02e4f", 26), ("holdout270", "jl", "1b94cbf", 26),
    ("holdout271", "jm", "2071672", 26), ("holdout272", "jn", "7c9448a", 26),
    # session 27: six pages read with the code and table of 98ff608 (the review's cleanups)
    ("holdout273", "jo", "b6c4928", 27), ("holdout274", "jp", "1e16c0c", 27),
    ("holdout275", "jq", "12cc34d", 27), ("holdout276", "jr", "374e1bb", 27),
    ("holdout277", "js", "3f7e786", 27), ("holdout278", "jt", "0d8bc02", 27),
    # and a second round of six, read with the code and table of 91ff79a (the first round's
    # fixes and 10 rows)
    ("holdout279", "ju", "7e7f518", 27), ("holdout280", "jv", "7ad4641", 27),
    ("holdout281", "jw", "e83e403", 27), ("holdout282", "jx", "0ab0305", 27),
    ("holdout283", "jy", "3a82f8f", 27), ("holdout284", "jz", "b3467bc", 27),
    # session 28: six pages read with the code and table of 422d583 (the prefilter tests)
    ("holdout285", "ka", "8cbea77", 28), ("holdout286", "kb", "d94319c", 28),
    ("holdout287", "kc", "2af8de8", 28), ("holdout288", "kd", "5068ac4", 28),
    ("holdout289", "ke", "920b9aa", 28), ("holdout290", "kf", "8166002", 28),
    # session 29: six pages read with the code and table of 5bf5705 (pairs written backwards)
    ("holdout291", "kg", "54875f3", 29), ("holdout292", "kh", "02ea2b4", 29),
    ("holdout293", "ki", "77afbf9", 29), ("holdout294", "kj", "818543e", 29),
    ("holdout295", "kk", "4f28a63", 29), ("holdout296", "kl", "569be3b", 29),
    # session 30: six pages read with the code and table of c77ed10 (rivals named after their
    # score, a metric at an operating point)
    ("holdout297", "km", "a2d0c5e", 30), ("holdout298", "kn", "288f511", 30),
    ("holdout299", "ko", "5f9ccfb", 30), ("holdout300", "kp", "323937a", 30),
    ("holdout301", "kq", "d8bdaa0", 30), ("holdout302", "kr", "1964e4f", 30),
    ("holdout303", "ks", "679ccf8", 31), ("holdout304", "kt", "7caca9f", 31),
    ("holdout305", "ku", "db2b23f", 31), ("holdout306", "kv", "5c2dcd3", 31),
    ("holdout307", "kw", "7e07866", 31), ("holdout308", "kx", "023adb9", 31),
    # session 32: six pages read with the code and table of 0756170 (a part's name cut by the
    # window; prefilter words once)
    ("holdout314", "ld", "2d9f7b5", 32), ("holdout310", "kz", "447bb89", 32),
    ("holdout313", "lc", "1f388a7", 32), ("holdout309", "ky", "86f7a57", 32),
    ("holdout311", "la", "c216755", 32), ("holdout312", "lb", "4645b2c", 32),
    # session 33: six pages read with the code and table of 49ee110 (case-insensitive patterns
    # searched folded, the same output as 4797a57)
    ("holdout315", "le", "67d4dfe", 33), ("holdout316", "lf", "21feed2", 33),
    ("holdout317", "lg", "d680122", 33), ("holdout318", "lh", "408ea24", 33),
    ("holdout319", "li", "9d75d7f", 33), ("holdout320", "lj", "e36cc4f", 33),
    # session 34: six pages read with the code and table of c6dc596 (session 33's left shapes
    # fixed before any set of the round was read)
    ("holdout321", "lk", "e541970", 34), ("holdout322", "ll", "059afac", 34),
    ("holdout323", "lm", "aac8c1e", 34), ("holdout324", "ln", "9212559", 34),
    ("holdout325", "lo", "e19a7ea", 34), ("holdout326", "lp", "5c0afbf", 34),
    ("holdout327", "lq", "21b3189", 35), ("holdout328", "lr", "a90bf10", 35),
    ("holdout329", "ls", "846b57e", 35), ("holdout330", "lt", "9b0d6d8", 35),
    ("holdout331", "lu", "96155f7", 35), ("holdout332", "lv", "ad92dce", 35),
    # session 36: read with the code and table of a3455a3 (two of session 35's left shapes fixed
    # first)
    ("holdout333", "lw", "ed2b5b3", 36), ("holdout334", "lx", "eea6697", 36),
    ("holdout335", "ly", "60345e5", 36), ("holdout336", "lz", "9222f11", 36),
    ("holdout337", "ma", "4cd50fc", 36), ("holdout338", "mb", "dcd1236", 36),
    # session 36's second round: read with the code and table of cd8d825 (the first round's
    # fixes in)
    ("holdout339", "mc", "6ed9652", 36), ("holdout340", "md", "b45e880", 36),
    ("holdout341", "me", "679f46f", 36), ("holdout342", "mf", "08b810e", 36),
    ("holdout343", "mg", "df40bb1", 36), ("holdout344", "mh", "2d46ac8", 36),
    # session 37: read with the code and table of 309e9d6 (session 36's end; the sets were
    # committed one by one on top of it, with no code between)
    ("holdout345", "mi", "9d6df85", 37), ("holdout346", "mj", "b53180c", 37),
    ("holdout347", "mk", "cac8db8", 37), ("holdout348", "ml", "1a42f07", 37),
    ("holdout349", "mm", "f6312ac", 37), ("holdout350", "mn", "4265588", 37),
    # session 37's second round: read with the code and table of d01d308 (the first round's
    # fixes and rows, and the review's mends)
    ("holdout351", "mo", "e3e531e", 37), ("holdout352", "mp", "cd153f3", 37),
    ("holdout353", "mq", "e6059fb", 37), ("holdout354", "mr", "bb366a2", 37),
    ("holdout355", "ms", "2ca2854", 37), ("holdout356", "mt", "9db5664", 37),
    # session 38: read with the code and table of c6d9e2d (the second round's fixes and rows;
    # the sets were written while they were made, and committed one by one on top of it)
    ("holdout357", "mu", "48c9bab", 38), ("holdout358", "mv", "87dc9bc", 38),
    ("holdout359", "mw", "2932c99", 38), ("holdout360", "mx", "421e7b3", 38),
    ("holdout361", "my", "f4b4b0d", 38), ("holdout362", "mz", "4264b5d", 38),
    # session 39: read with the code and table of a2706ec (round 3's leftovers fixed; the sets
    # were written while they were made, and committed one by one on top of it)
    ("holdout363", "na", "a94ed88", 39), ("holdout364", "nb", "365c4d8", 39),
    ("holdout365", "nc", "a2fc271", 39), ("holdout366", "nd", "9403972", 39),
    ("holdout367", "ne", "09384da", 39), ("holdout368", "nf", "dc28420", 39),
    ("holdout369", "ng", "e3f436d", 40), ("holdout370", "nh", "4cae034", 40),
    ("holdout371", "ni", "a7b9ec4", 40), ("holdout372", "nj", "d2f7fe1", 40),
    ("holdout373", "nk", "588f7b8", 40), ("holdout374", "nl", "d67d9ad", 40),
    ("holdout375", "nm", "b42c07c", 40), ("holdout376", "nn", "26bacd6", 40),
    ("holdout377", "no", "1f122f6", 40), ("holdout378", "np", "4cbd694", 40),
    ("holdout379", "nq", "ca8d997", 40), ("holdout380", "nr", "fb17736", 40),
    ("holdout381", "ns", "9306f0b", 41), ("holdout382", "nt", "7aeb5cb", 41),
    ("holdout383", "nu", "b709b97", 41), ("holdout384", "nv", "9db3047", 41),
    ("holdout385", "nw", "762d784", 41), ("holdout386", "nx", "095a2de", 41),
    ("holdout387", "ny", "a2ef9d6", 41), ("holdout388", "nz", "83b6ee4", 41),
    ("holdout389", "oa", "6e393af", 41), ("holdout390", "ob", "2624d58", 41),
    ("holdout391", "oc", "c99ed84", 41), ("holdout392", "od", "667e768", 41),
)
# The extraction a tree's own code makes of one corpus folder (argv: corpus, output csv), with
# its own rules and its own benchmark table: the extractor as it was, curation not applied.
EXTRACT_SCRIPT = """import sys
from pathlib import Path
from analysis import config
from analysis.claims.extract import extract_claims
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks
claims = extract_claims(load_corpus(Path(sys.argv[1])),
                        benchmarks=load_benchmarks(config.BENCHMARKS_PATH))
claims.to_csv(sys.argv[2], index=False)
"""
COLUMNS = ["set", "folder", "commit", "session", "gold", "found", "correct", "change_found",
           "change_correct", "certain_found", "certain_correct", "uncertain_found",
           "uncertain_correct", "variant_correct"]
Z_95 = 1.959964  # two-sided 95% normal quantile, for the Wilson interval


def extract_with(source: Path, corpus: Path, out: Path) -> pd.DataFrame:
    """The claims `source`'s own extractor finds in `corpus` (run in a child from that tree)."""
    run_in(source, ["-c", EXTRACT_SCRIPT, str(corpus), str(out)])
    return pd.read_csv(out, dtype={"claim_id": str})


def score_read(claims: pd.DataFrame, folder: Path, *, benchmarks: pd.DataFrame) -> dict:
    """Named-benchmark counts of one read: scores (absolute) and changes, and the scores split
    by the extractor's uncertain flag."""
    result = evaluate(claims, folder, benchmarks=benchmarks)
    named, by_flag = result["scopes"]["named"], result["by_flag"]
    return {"gold": named["absolute"]["gold"], "found": named["absolute"]["found"],
            "correct": named["absolute"]["tp"], "change_found": named["change"]["found"],
            "change_correct": named["change"]["tp"],
            **{f"{flag}_{what}": by_flag[flag]["absolute"][key]
               for flag in ("certain", "uncertain")
               for what, key in (("found", "found"), ("correct", "correct"))},
            "variant_correct": variant_agreements(named, benchmarks=benchmarks)}


def variant_agreements(named: dict, *, benchmarks: pd.DataFrame) -> int:
    """Wrong scores (of one `evaluate` scope) that are a missed gold score of the same paper and
    value under a variant or part of its benchmark's name ("CRUXEval-O" for gold "CRUXEval",
    "MGSM-Swahili" for "MGSM"): the naming convention the extractor and annotators differ on,
    counted one to one. Reported beside precision, never in it."""
    misses = [(g.title, g.value, bench_key(g.benchmark, benchmarks))
              for g in named["false_negatives"].itertuples() if g.kind == "absolute"]
    count = 0
    for f in named["false_positives"].itertuples():
        if f.kind != "absolute":
            continue
        key = bench_key(f.benchmark, benchmarks)
        for i, (title, value, gold_key) in enumerate(misses):
            if title == f.title and abs(value - f.value) <= ABS_TOLERANCE and key != gold_key \
                    and gold_key and (key.startswith(gold_key) or gold_key.startswith(key)):
                count += 1
                del misses[i]
                break
    return count


def wilson(successes: int, trials: int, *, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval of a proportion (nan, nan without trials)."""
    if trials == 0:
        return math.nan, math.nan
    p = successes / trials
    centre = p + z * z / (2 * trials)
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials))
    scale = 1 + z * z / trials
    return (centre - half) / scale, (centre + half) / scale


def pooled_rates(reads: pd.DataFrame) -> pd.DataFrame:
    """Pooled precision and recall over reads, each with its Wilson 95% interval."""
    totals = reads[COLUMNS[4:]].sum()
    rates = {"score precision": ("correct", "found"), "score recall": ("correct", "gold"),
             "change precision": ("change_correct", "change_found"),
             "precision of scores not flagged uncertain": ("certain_correct", "certain_found"),
             "precision of scores flagged uncertain": ("uncertain_correct", "uncertain_found"),
             "score precision, a variant's name agreeing": ("with_variants", "found"),
             "score recall, a variant's name agreeing": ("with_variants", "gold")}
    totals["with_variants"] = totals["correct"] + totals["variant_correct"]
    rows = []
    for label, (hit, of) in rates.items():
        k, n = int(totals[hit]), int(totals[of])
        low, high = wilson(k, n)
        rows.append({"rate": label, "count": f"{k} of {n}", "value": k / n if n else math.nan,
                     "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows)


def run_blind_reads(reads: tuple = BLIND_READS, *, fixtures: Path = FIXTURES,
                    sources: dict[str, Path] | None = None) -> pd.DataFrame:
    """One row per read (COLUMNS): each set extracted by its commit's code, scored by today's
    `evaluate`. `sources` maps a commit to a tree already on disk (else it is exported)."""
    benchmarks = load_benchmarks()
    trees = dict(sources or {})
    rows = []
    with tempfile.TemporaryDirectory(prefix="blind_reads_") as tmp:
        work = Path(tmp)
        for folder, letter, commit, session in reads:
            if commit not in trees:
                log.info("exporting %s", commit)
                trees[commit] = export_commit(commit, work / commit)
            claims = extract_with(trees[commit], fixtures / folder / "corpus",
                                  work / f"{folder}.csv")
            rows.append({"set": letter, "folder": folder, "commit": commit,
                         "session": session,
                         **score_read(claims, fixtures / folder, benchmarks=benchmarks)})
    return pd.DataFrame(rows, columns=COLUMNS)
