"""``indicnlp.tokenize``, answered by the devanagari package."""
