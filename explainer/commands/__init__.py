"""Stage 6, the commands: the command line (``build``, ``check``, ``serve``, ``new``, ``init``,
``import``) over the pipeline.
"""
