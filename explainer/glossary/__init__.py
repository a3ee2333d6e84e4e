"""Stage 2, the glossary: compile the terms into one matcher and render Markdown bodies with the
glossary extension (first mentions linked, explicit references, notes beside their block).
"""
