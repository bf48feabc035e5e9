"""Claims from abstracts: text, names, score and attachment rules, facts, recipes, evaluation."""
