"""``indicnlp.normalize``, answered by the devanagari package."""
