"""`python -m promo_llm` runs the command line, like the `promo-llm` script."""

from .cli import main

main()
