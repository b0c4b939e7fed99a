"""From articles to events: propose where and when a company opened (or closed) sites.

`extract(article)` returns CandidateEvents, each quoting its sentence verbatim with its
character span; `extract_many(articles)` lets earlier articles date later ones. The
modules each do one job: sentences, dates, status, places, company, candidates.
"""

from atlas.extract.candidates import CandidateEvent, extract, extract_many

__all__ = ["CandidateEvent", "extract", "extract_many"]
