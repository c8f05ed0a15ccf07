"""Fine-tuning: Trainer callbacks that say what a run is doing and when it stops.

`LabelledProgress` replaces transformers' progress bars with labelled ones ("training",
"validation"), so the minutes a run spends on held-out rows are visible as such; `time_limit`
ends training after `training.max_minutes`, saving the adapter as usual. transformers is imported
inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import time
from typing import Any, Callable


def labelled_progress() -> Any:
    """A ProgressCallback whose bars say 'training' and 'validation' (on stderr, as tqdm writes)."""
    from transformers.trainer_callback import ProgressCallback

    class LabelledProgress(ProgressCallback):
        def on_train_begin(self, args, state, control, **kwargs):
            super().on_train_begin(args, state, control, **kwargs)
            if self.training_bar is not None:
                self.training_bar.set_description("training")

        def on_prediction_step(self, args, state, control, eval_dataloader=None, **kwargs):
            fresh = self.prediction_bar is None
            super().on_prediction_step(args, state, control, eval_dataloader=eval_dataloader, **kwargs)
            if fresh and self.prediction_bar is not None:
                self.prediction_bar.set_description("validation")

    return LabelledProgress()


def time_limit(minutes: float, log: Callable[[str], None]) -> Any:
    """A callback that ends training after `minutes` (the adapter is saved as usual)."""
    from transformers import TrainerCallback

    class TimeLimit(TrainerCallback):
        def on_train_begin(self, args, state, control, **kwargs):
            self.deadline = time.monotonic() + minutes * 60

        def on_step_end(self, args, state, control, **kwargs):
            if time.monotonic() > self.deadline:
                log(f"time limit of {minutes:g} minutes reached at step {state.global_step}; stopping")
                control.should_training_stop = True
                control.should_save = True

    return TimeLimit()
