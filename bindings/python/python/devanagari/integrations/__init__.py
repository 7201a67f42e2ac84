"""This package inside the engines that process corpora at scale.

- :mod:`devanagari.integrations.datatrove`: pipeline steps (clean, split,
  filter on the counts) and a ``WordTokenizer`` for datatrove
  (``pip install 'devanagari-text[datatrove]'``);
- :mod:`devanagari.integrations.spark`: the ``mapInArrow`` function of a
  PySpark job that cleans and splits a text column through the Arrow batch
  calls (``pip install 'devanagari-text[spark]'``).

Neither engine is a dependency of the package: each module imports its
engine when it is imported itself, and says how to install it when it is
missing.
"""
