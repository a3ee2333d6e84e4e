"""Stage 5, the pipeline: the build plan (one job per output file with its declared inputs),
run by ``build``, ``check`` and ``serve``, in parallel and cached across runs.
"""
