"""The HF engine: a continuous-batching decode loop over a transformers causal LM.

`loop.py` schedules rows and runs the forward passes; `cache.py` holds the KV slab and the prompt
store; `batch.py` the running batch and its rows; `attention.py` the decode attention registered
into transformers (with the CPU cascade); `picking.py` the sampling step; `steering.py` the
decoding constraints on the logits; `rows.py` each row's bookkeeping and stopping; `vocab.py` the
tokenizer facts those need. `backends/hf.py` drives it.
"""
