"""Command modules for stages that are single modules rather than packages (the pipeline's
`generate` and `runs`, `models`, `finetune`, `eval`). Stages that are packages keep their command
group beside them (`guardrails/cli.py`, `data/cli.py`, ...). `promo_llm/cli.py` only mounts them."""
