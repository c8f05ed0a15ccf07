"""Runtime tuning for the HF engine: precision, intra-op threads and the C heap.

`resolve_dtype` picks bfloat16 where the hardware runs it natively, `default_threads` one thread
per usable core, `keep_heap_memory` keeps glibc from handing each step's large blocks back to the
kernel. Nothing here imports torch at module level.
"""

from __future__ import annotations

import os
import sys


def cpu_supports_bf16() -> bool:
    """AVX512-BF16 or AMX-BF16 present: bf16 matmuls run natively (else they are emulated, slower)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            flags = next((ln for ln in f if ln.startswith("flags")), "")
    except OSError:
        return False
    return " avx512_bf16" in flags or " amx_bf16" in flags


def resolve_dtype(dtype: str = "auto", device: str = "cpu") -> str:
    """'auto' -> 'bfloat16' where the hardware runs it natively, else 'float32'."""
    if dtype != "auto":
        return dtype
    if device.startswith("cuda"):
        import torch

        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    return "bfloat16" if cpu_supports_bf16() else "float32"


def default_threads() -> int:
    """One intra-op thread per core this process may run on (hyper-threads do not help matmuls)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc mallopt parameters
_HEAP_TUNED: bool | None = None


def keep_heap_memory() -> bool:
    """Stop glibc's malloc from handing the large tensors of every step back to the kernel.

    A decode step allocates and frees tensors of several MB (a batch's logits: 128 x 49k floats,
    25 MB). glibc serves the largest from fresh mmaps, or trims the freed top of the heap, so the
    next step page-faults the same memory in again: on the demo campaign ~1.5M minor faults and
    ~9 core-seconds in the kernel. Serving blocks up to 32 MB (glibc's cap) from the heap and
    trimming only past 1 GB halves both. Process-wide, glibc only, once; returns whether it is set.
    """
    global _HEAP_TUNED
    if _HEAP_TUNED is None:
        _HEAP_TUNED = False
        try:
            import ctypes
            import platform

            if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
                libc = ctypes.CDLL("libc.so.6")
                # order matters: setting either turns glibc's dynamic threshold off
                _HEAP_TUNED = bool(libc.mallopt(_M_MMAP_THRESHOLD, ctypes.c_int(32 << 20))
                                   and libc.mallopt(_M_TRIM_THRESHOLD, ctypes.c_int(1 << 30)))
        except (OSError, AttributeError):  # pragma: no cover - no glibc
            _HEAP_TUNED = False
    return _HEAP_TUNED

