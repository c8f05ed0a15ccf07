"""Human review of copy: samples, the blind scoring app, the agreement report, Label Studio/Argilla exchange."""
