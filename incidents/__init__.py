"""Extraction, the store and map building: plain Python a test can call.

The extraction modules run compiled when a build of exactly these sources is at hand
(`incidents.compiled`), and as they are otherwise, or when `INCIDENTMAP_PLAIN` is set.
"""

from incidents import compiled as _compiled

if _compiled.wanted() and _compiled.fresh():
    __path__.insert(0, str(_compiled.FOLDER))
