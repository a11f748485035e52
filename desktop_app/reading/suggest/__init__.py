"""The reading engine: what Parley proposes in a source (mentions of known codes, reported
statements with their speaker, passages that word a condition) and who is named but missing
from the codebook. Pure functions over plain data (``domain.suggestions``); thread-safe."""
