"""What a sentence says happened to a site: opened, announced, planned, existing, closed.

The status comes from the wording nearest to the city. Finite verbs ("ouvre",
"announced", "wird eröffnen") are strong cues; nouns ("l'ouverture", "the opening") are
weak ones, used only when no verb speaks: they usually refer back to a site the article
already introduced. Future forms and infinitives after modal or planning verbs ("va
ouvrir", "plans to open", "abrirá") mean planned. Cues are matched in all five languages
at once except the few words that are ordinary words elsewhere (English "plant").

Possession verbs ("operates", "dispose de", "betreibt", "cuenta con", "conta") mark
existing sites; a bare future of any verb ("would invest", "invertirá", "accueillera")
is a plan only when a site noun is its object; a cue governs a city across neither a
relative clause before it nor a clause break after it (names of a list are not one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from atlas.extract.lexicon import SITE_NOUNS, SITE_PHRASES
from atlas.model import Status

_A = "['’]"
W = r"(?<![\w])"   # word start (works before accented letters)
E = r"(?![\w])"    # word end


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    status: Status
    strong: bool
    text: str
    generic: bool = False  # a bare future ("will house", "invertirá"): needs a site object


# Verbs of moving a site. The site moved is their object: a city after "to" is where it
# opened, a city after "from" where it closed (candidates.py checks the object).
MOVE_PATTERN = (r"moved|moves|move|moving|relocated|relocates|relocating|transferred|transfers|"
                r"transferring|transférée?s?|transférés|transfère|partira|partiront|wandert|wandern|"
                r"sposta|spostano|sposterà|spostat[oa]|zieht|ziehen|zog|"
                r"déménagée?|déménage|verlegt|verlegte|verlagert|verlagerte|verlagern|umgezogen|trasferit[oa]|trasferisce|"
                r"trasferit[ie]|trasferirà|traslada|trasladó|trasladado|trasladará")
MOVE = re.compile(rf"{W}(?:{MOVE_PATTERN}){E}", re.IGNORECASE)

# Verbs of leaving a city (the name right after them is a site's city, see places.py).
LEAVE_PATTERN = (r"pulls?\s+out\s+of|pulled\s+out\s+of|withdraws?\s+from|se\s+retire\s+de|"
                 r"exit\s+from|exits|sortie\s+de|salida\s+de|uscita\s+da|"
                 r"quitte|quittent|a\s+quitté|quittera|leaves|is\s+leaving|will\s+leave|"
                 r"verlässt|verließ|verlassen|deja|dejará|abandona\s+(?=[A-ZÀ-Þ])|lascia|"
                 r"ha\s+lasciato|lascerà")
LEAVE = re.compile(rf"{W}(?:{LEAVE_PATTERN}){E}", re.IGNORECASE)
# Italian press names a firm by its town: "l'operatore di Rovato", "il gruppo di Mountain
# View" (the name right after is its seat, see _seat_elsewhere).
FIRM_OF_PATTERN = (r"l['’]operatore\s+di|l['’]azienda\s+di|la\s+società\s+di|il\s+gruppo\s+di|"
                   r"la\s+compagnia\s+di")
FIRM_OF = re.compile(rf"{W}(?:{FIRM_OF_PATTERN}){E}", re.IGNORECASE)
# Verbs of giving up: a site given up is closed ("hat den Standort in Mannheim
# aufgegeben", "abandonne son site de Lyon"); a plan given up is no event.
ABANDON_PATTERN = (r"aufgegeben|aufgeben|gibt\s+\w+(?:\s+\w+){0,5}\s+auf|"
                   r"gab\s+\w+(?:\s+\w+){0,5}\s+auf|"
                   r"abandonne(?:nt|ra|ront)?|a\s+abandonné|ont\s+abandonné|abandonnée?s?|"
                   r"gives\s+up|gave\s+up|given\s+up|giving\s+up|abandons|abandoned|"
                   r"abandona|abandonó|ha\s+abandonado|abandonad[oa]s?|"
                   r"abbandona|ha\s+abbandonato|abbandonat[oa]")
ABANDON = re.compile(rf"{W}(?:{ABANDON_PATTERN}){E}", re.IGNORECASE)
# German nouns for a firm: "das Unternehmen aus München" is the company's seat.
COMPANY_NOUNS_DE = (r"Unternehmen|Konzern|Hersteller|Firma|Gruppe|Start-?up|Anbieter|"
                    r"Softwarehaus|Softwareunternehmen|Mittelständler|Familienunternehmen|"
                    r"Spezialist|Versicherer|Händler|Maschinenbauer|Autobauer|Modehaus")
# What a headquarters, a site or its production is called, for the cues that keep one
# where it is ("garde son siège", "Die Produktion bleibt in Velbert").
HQ_NOUNS = (r"siège|headquarters|HQ|head\s+office|Zentrale|Hauptsitz|Stammsitz|"
            r"sede(?:\s+central(?:e)?)?|quartier\s+generale|production|Produktion|Fertigung|"
            r"producción|produzione|usine|plant|factory|Werk|fábrica|planta|stabilimento|"
            r"bureau|office|Büro|oficina|ufficio|site|Standort|(?:research\s+)?cent(?:re|er)|"
            r"centro|Zentrum")
# A seat: the name right after it is where the company (or the firm named before it)
# is based. It governs no other name of the sentence.
SEAT = re.compile(r"basée?s?\s+à|based\s+in|headquartered\s+in|mit\s+Sitz\s+in|"
                  r"con\s+sede(?:\s+central(?:e)?)?\s+(?:en|a|in)", re.IGNORECASE)
# Verbs that weigh an option: a city they govern is no plan ("estudia entrar en
# Lisboa", "is considering Lisbon", "prüft einen Standort in Wien"); see candidates.py.
CONSIDER = re.compile(
    W + r"(?:(?:is|are|was|were)\s+(?:also\s+)?(?:considering|weighing|exploring|studying|"
    r"evaluating|eyeing|mulling|looking\s+at)|(?:had\s+)?(?:also\s+)?looked\s+at|considers?|considering|weighs|weighing|mulls|"
    r"mulling|explores|exploring|evaluates|evaluating|eyes|eyeing|could|might|"
    r"may\s+(?:also\s+)?(?:open|build|launch|add)|envisagen?t?|envisageai(?:t|ent)|"
    r"étudie(?:nt)?|étudierai(?:t|ent)|réfléchi(?:t|ssent)|songe(?:nt)?|pourrai(?:t|ent)|"
    r"n['’]exclu(?:t|ent)\s+pas|prüft|prüfen|erwägt|erwägen|erwog|überlegt|überlegen|"
    r"sondiert|denkt\s+(?:\w+\s+)?(?:über|an)|könnte|könnten|estudia|estudian|"
    r"está\s+estudiando|baraja|barajan|sopesa|contempla|contemplan|valora|valoran|"
    r"(?:se\s+)?plantea|podría|podrían|no\s+descarta|valuta|valutano|sta\s+valutando|"
    r"valoró|evaluó|estudió|consideró|barajó|a\s+étudié|a\s+envisagé|prüfte|ha\s+valutato|"
    r"valutò|considered|weighed|"
    r"stanno\s+valutando|considera|sta\s+considerando|studia|sta\s+studiando|potrebbe|"
    r"potrebbero|ipotizza|non\s+esclude)" + E,
    re.IGNORECASE)

GENERIC = "generic"
# Verbs and nouns of enlarging or modernising a site ("invests EUR60m to expand its
# Zaragoza plant", "agrandit son usine", "erweitert sein Werk", "amplía su planta").
EXPAND_PATTERN = (r"expand(?:s|ed|ing)?|expansion\s+of|extend(?:s|ed|ing)?|enlarg\w+|"
                  r"moderni[sz]\w+|upgrad\w+|agrandi\w*|agrandissement|étend(?:re|ra)?|"
                  r"extension\s+d\w*|rénov\w+|erweiter\w*|ausbauen|ausgebaut|"
                  r"baut\s+\w+(?:\s+\w+){0,5}\s+aus|modernisier\w*|"
                  r"amplía|ampliar\w*|ampliación|ampliará|amplió|"
                  r"amplia|ampliare|amplierà|ampliamento|ampliato|potenzi\w+|ammoderna\w*")
# English irregular past participles: "has built", "has grown" is not "has (a site)".
_IRREGULAR = ("been|begun|become|built|bought|brought|chosen|done|given|gone|grown|had|held|"
              "kept|left|made|put|run|seen|set|shut|sold|spent|taken|won|written|struck")

# (pattern, status, strong, language or None for all[, GENERIC])
_RULES: list[tuple] = [
    # --- closed
    (r"ferme(?:nt|ra|ront|rons|r)?|fermons|a\s+fermé|ont\s+fermé|fermée?s?|fermant|"
     r"met\s+la\s+clé\s+sous\s+la\s+porte",
     Status.CLOSED, True, None),
    (r"closes|closed|will\s+close|closing|shut(?:s|ting)?\s+down|shuts|shut|to\s+close",
     Status.CLOSED, True, None),
    (r"schließt|schloss|schließen|geschlossen|dichtgemacht|macht\s+\w+\s+dicht|aufgelöst|"
     r"auflösen|löst\s+\w+(?:\s+\w+){0,4}\s+auf|stillgelegt|stilllegen|läuft\s+aus|"
     r"auslaufen|phased\s+out|(?:will\s+)?phase\s+out|"
     r"legt\s+\w+(?:\s+\w+){0,4}\s+still",
     Status.CLOSED, True, None),
    (r"cierra|cierran|cerró|cerrará|cerrarán|cerrar|ha\s+cerrado|han\s+cerrado|cerrad[oa]s?",
     Status.CLOSED, True, None),
    (r"chiude|chiudono|chiuderà|chiuderanno|chiudere|ha\s+chiuso|hanno\s+chiuso|chius[oaie]",
     Status.CLOSED, True, None),
    (r"dejará\s+de\s+operar|dejó\s+de\s+operar|cessera\s+(?:ses\s+activités|de\s+fonctionner)|"
     r"will\s+cease\s+operations|ceased\s+operations|stellt\s+den\s+Betrieb\s+ein|"
     r"cesserà\s+(?:l['’]attività|di\s+operare)", Status.CLOSED, True, None),
    (r"fermeture|closure|Schließung|Stilllegung|cierre|chiusura", Status.CLOSED, False, None),
    # leaving a city: "lascia Como", "a quitté Avrillé", "verlässt Wuppertal"
    (LEAVE_PATTERN, Status.CLOSED, True, None),
    # retiring or decommissioning a facility (its noun the object)
    (r"(?:will\s+|to\s+)?(?:retire|decommission|dismantle)|retires|retired|retiring|"
     r"decommission(?:s|ed|ing)|dismantle[sd]|désaffect\w*|"
     r"smantell\w*|desmantel\w*|stilllegen", Status.CLOSED, True, None, GENERIC),
    # a headline's bare "close": only with a site noun ("close Leeds office")
    (r"close", Status.CLOSED, True, "en", GENERIC),
    # giving up a site (its noun the object) closes it; giving up a plan is no event
    # (candidates.py tells them apart)
    (ABANDON_PATTERN, Status.CLOSED, True, None, GENERIC),
    # --- announced
    (r"annonce(?:nt)?|a\s+(?:\w+\s+){0,2}?annoncé|ont\s+(?:\w+\s+){0,2}?annoncé|annonçant|annoncera",
     Status.ANNOUNCED, True, None),
    (r"announces|announced|announcing|unveil(?:s|ed)", Status.ANNOUNCED, True, None),
    (r"kündigt(?:e)?|kündigten|angekündigt|gab\s+\w*\s*bekannt|gibt\s+\w*\s*bekannt",
     Status.ANNOUNCED, True, None),
    (r"anuncia|anunció|anunciaron|ha\s+anunciado|han\s+anunciado|anunciando",
     Status.ANNOUNCED, True, None),
    (r"annuncia|annunciato|annunciando|ha\s+annunciato|hanno\s+annunciato",
     Status.ANNOUNCED, True, None),
    (r"anunciará|anunciarán|annuncerà|annunceranno|will\s+announce",
     Status.ANNOUNCED, True, None),
    (r"announcement|Ankündigung|anuncio|annuncio", Status.ANNOUNCED, False, None),
    # --- planned (before opened, so "will open" is not read as "open")
    (r"prévu(?:e|s|es)?|prévoit|prévoient|ouvrira|ouvriront|va\s+ouvrir|vont\s+ouvrir|"
     r"ouvrirons|allons\s+ouvrir|compte\s+ouvrir|projette|devrait\s+ouvrir|doit\s+ouvrir|ouvrir|"
     r"inaugurera|s['’]installera|s['’]implanter|s['’]installer|construira|va\s+construire|prochaine\s+ouverture|ouverture\s+prochaine|"
     r"sera\s+ouverte?s?|seront\s+ouverte?s?",
     Status.PLANNED, True, "fr"),
    (r"plans|planned|planning|will\s+open|will\s+launch|will\s+inaugurate|is\s+set\s+to|"
     r"are\s+set\s+to|intends\s+to|expects\s+to\s+open|to\s+open|to\s+launch|upcoming|"
     r"(?:will|would)\s+(?:also\s+)?(?:open|build|launch)|to\s+build|due\s+to\s+open|"
     r"aims\s+to|expects\s+to|(?:is|are)\s+(?:also\s+)?opening|(?<=['’])(?:re|s)\s+(?:also\s+)?opening|"
     r"will\s+be\s+(?:opened|launched|set\s+up|built|inaugurated)",
     Status.PLANNED, True, "en"),
    (r"plant|planen|geplant(?:e[nrms]?)?|baut|bauen|errichten|eröffnen|"
     r"(?:wird|werden|soll|sollen)\s+\w+(?:\s+\w+){0,6}\s+eröffnet(?:\s+werden)?|"
     r"will\s+\w+(?:\s+\w+){0,6}\s+eröffnen",
     Status.PLANNED, True, "de"),
    # a bare "soll" is a plan only for a site ("Von den Beschäftigten in Hamburg sollen
    # 180 nach Berlin wechseln" moves staff, not a site)
    (r"soll|sollen", Status.PLANNED, True, "de", GENERIC),
    (r"será\s+(?:abiert|inaugurad|construid)[oa]|serán\s+(?:abiert|inaugurad|construid)[oa]s|"
     r"abrirá|abrirán|construirá|planea|planean|prevé|prevén|tiene\s+previsto|previsto|prevista|"
     r"va\s+a\s+abrir|abrir|proyecta|inaugurará",
     Status.PLANNED, True, "es"),
    (r"sarà\s+(?:avviat|apert|inaugurat|costruit|realizzat)[oa]|saranno\s+(?:avviat|apert|"
     r"inaugurat|costruit|realizzat)[ie]|verrà\s+(?:avviat|apert|inaugurat)[oa]|"
     r"aprirà|apriranno|costruirà|prevede|prevedono|previsto|prevista|in\s+programma|intende|aprire|"
     r"progetta|inaugurerà",
     Status.PLANNED, True, "it"),
    (r"construction|costruzione|construcción|Bau\s+(?:eines|einer|des|der)|chantier|cantiere|"
     r"Baustelle",
     Status.PLANNED, True, None),
    # a turn to come: "nel 2026 tocca a Firenze", "prepara su salto a Madrid", "las
    # próximas aperturas serán en Madrid", "the next openings"
    (r"(?<!se\s)prepara|(?<!se\s)preparan|prépare|préparent|prepares|is\s+preparing|"
     r"bereitet\s+\w+(?:\s+\w+){0,3}"
     r"\s+vor|tocca\s+a|toccherà\s+a|è\s+la\s+volta\s+di|sarà\s+la\s+volta\s+di|"
     r"prepara\s+(?:su|el)\s+(?:salto|desembarco|llegada)|prépare\s+son\s+arrivée|"
     r"(?:próximas|siguientes)\s+aperturas|prochaines\s+ouvertures|next\s+openings|"
     r"prossime\s+aperture|nächsten\s+Eröffnungen",
     Status.PLANNED, True, None),
    # an arrival or a construction to come: "llegará a Cáceres", "arrivera à Lille", "le
    # centre que X construit à", "In Bad Salzuflen entsteht ein Lager"
    (r"llegará\s+a|llegarán\s+a|arrivera\s+à|arriveront\s+à|will\s+arrive\s+in|"
     r"arriverà\s+a|arriveranno\s+a|construit\s+(?:actuellement\s+)?à|construisent\s+à|"
     r"en\s+construction|in\s+costruzione|en\s+construcción|im\s+Bau|under\s+construction|"
     r"verra\s+le\s+jour|sorgerà|sorgeranno",
     Status.PLANNED, True, None),
    # "In Bad Salzuflen entsteht ein Lager" (a site arises), not "wo Komponenten entstehen"
    (r"entsteht|entstehen", Status.PLANNED, True, "de", GENERIC),
    # German plans told in the passive or with a verb of coming: "sollen von 2027 an
    # Rumpfschalen gefertigt werden", "soll ein Team in Riga hinzukommen", "sollen 2027 in
    # Betrieb gehen"
    (r"(?:soll|sollen|wird|werden)\s+(?:\S+\s+){0,10}?(?:(?:gefertigt|produziert|hergestellt|"
     r"gebaut)\s+werden|hinzukommen|dazukommen|in\s+Betrieb\s+gehen)",
     Status.PLANNED, True, "de"),
    # choosing a city for a site: "has chosen Paris for its headquarters"
    (r"(?:has\s+)?chosen|picks|picked|chooses|a\s+choisi|choisit|ha\s+elegido|elige|eligió|"
     r"ha\s+scelto|sceglie|wählt",
     Status.PLANNED, False, None),  # weak: the body usually tells what the choice became
    # a first stone or groundbreaking: the site is still to be built
    (r"(?:ersten\s+)?Spatenstich|première\s+pierre|primera\s+piedra|prima\s+pietra|"
     r"groundbreaking|breaks?\s+ground|broke\s+ground",
     Status.PLANNED, True, None),
    # a start of business still to come: "que empezará a operar en enero"
    (r"(?:empezará|comenzará)\s+a\s+operar|will\s+(?:start|begin)\s+operati(?:ng|ons)|"
     r"commencera\s+(?:ses\s+activités|à\s+opérer)|inizierà\s+(?:a\s+operare|l['’]attività)|"
     r"entrerà\s+in\s+funzione|(?:wird|soll)\s+(?:\S+\s+){0,3}?den\s+Betrieb\s+aufnehmen",
     Status.PLANNED, True, None),
    # a site to follow ("Un bureau à Munich doit suivre", "An office in Leeds will follow"):
    # a plan only with a site noun as the subject (GENERIC)
    (r"doit\s+suivre|devrait\s+suivre|suivra|will\s+follow|is\s+to\s+follow|"
     r"should\s+follow|seguirá|seguirà|dovrebbe\s+seguire", Status.PLANNED, True, None, GENERIC),
    # a verb of moving a site (before the bare futures: "trasladará" moves, see MOVE)
    (MOVE_PATTERN, Status.OPENED, True, None),
    # expanding, modernising or investing in a site: the site exists (only with a site
    # noun as the object: "expand into Spain" is no site)
    (EXPAND_PATTERN, Status.EXISTING, True, None, GENERIC),
    # --- planned, any verb in the future: a plan only when a site noun is its object
    # (GENERIC, see cue_for)
    (r"(?:va|vont)\s+(?!fermer)\w+(?:er|ir|re)|\w{3,}(?:era|eront|erons|ira|iront|irons)",
     Status.PLANNED, True, "fr", GENERIC),
    (r"(?:will|would)\s+(?!not\b|have\b|be\s+closed|shut\b|close\b)\w+|is\s+to\s+\w+",
     Status.PLANNED, True, "en", GENERIC),
    (r"\w+(?:ará|erá|irá|arán|erán|irán)", Status.PLANNED, True, "es", GENERIC),
    (r"\w+(?:erà|irà|arà|eranno|iranno|aranno)", Status.PLANNED, True, "it", GENERIC),
    # --- opened by buying a site: only with a site noun as the object (GENERIC)
    (r"racheté|rachète|rachètent|a\s+acquis|acquired|acquires|bought|übernommen|übernimmt|"
     r"übernahm|gekauft|kaufte|adquirió|ha\s+adquirido|compró|ha\s+comprado|ha\s+acquisito|"
     r"acquisisce|ha\s+rilevato|rileva", Status.OPENED, True, None, GENERIC),
    (r"compte|comptent|counts|zählt", Status.EXISTING, True, None, GENERIC),
    # a firm named by its town: "l'operatore di Rovato", "il gruppo di Mountain View"
    (FIRM_OF_PATTERN, Status.EXISTING, True, "it"),
    # the site that takes over the work of a closing one exists: "ihre Aufgaben übernimmt das
    # Servicezentrum in Münster"
    (r"reprendra|reprend|takes\s+over|will\s+take\s+over|asumirá|asume|assorbirà|rileverà",
     Status.EXISTING, True, None, GENERIC),
    # Italian "ha"/"hanno" own a site only with a site noun as the object ("ha grandi centri
    # operativi a Porto"); otherwise they are an auxiliary
    (r"ha|hanno", Status.EXISTING, True, "it", GENERIC),
    # where a site is: "où se trouvent le siège et l'usine", "donde se encuentra su sede"
    (r"se\s+trouvent?|se\s+encuentran?|si\s+trovano|si\s+trova|befinde[nt]\s+sich|"
     r"(?:is|are)\s+located|sont\s+installée?s|est\s+installée?", Status.EXISTING, True, None,
     GENERIC),
    # --- opened by founding a subsidiary or branch: only with a site noun as the object
    # (GENERIC); "founded in 2012 in Ulm" stays the company's existing seat
    (r"a\s+créé|crée|has\s+established|established|establishes|ha\s+constituido|"
     r"constituyó|ha\s+creado|creó|ha\s+costituito|costituisce|ha\s+creato",
     Status.OPENED, True, None, GENERIC),
    # --- existing
    # a headquarters kept or staying where it is: "garde son siège à Paris", "Die
    # Zentrale bleibt in Köln", "il quartier generale resta a Genova"
    (rf"(?:{HQ_NOUNS})\s+(?:\w+\s+){{0,2}}?(?:reste|restera|demeure|remains?|stays?|"
     r"will\s+(?:stay|remain)|bleibt|bleiben|sigue|seguirá|permanece|resta|rimane|resterà|"
     r"rimarrà)",
     Status.EXISTING, True, None),
    (r"(?:garde|gardera|conserve|conservera|keeps|retains|will\s+keep|will\s+retain|behält|"
     r"mantiene|mantendrá|conserva|manterrà)\s+(?:\w+\s+){0,3}?"
     rf"(?:{HQ_NOUNS})",
     Status.EXISTING, True, None),
    (r"déjà|already|bereits|ya|già|basée?s?\s+à|based\s+in|headquartered\s+in|"
     r"mit\s+Sitz\s+in|con\s+sede(?:\s+central(?:e)?)?\s+(?:en|a|in)|emploie|employs|employ|"
     r"beschäftigt|emplea|impiega|rejoint|joins|in\s+addition\s+to|"
     r"en\s+plus\s+de|existing|existants?|présente?\s+à|vertreten|fondée?|founded|"
     r"gegründet|fundada|fundado|fondata|fondato",
     Status.EXISTING, True, None),
    (r"dispose\s+d(?:e|['’])|disposent\s+d(?:e|['’])|possède|exploite(?:nt)?|conserve(?:nt)?|"
     r"produit|fabrique",
     Status.EXISTING, True, "fr"),
    # producing somewhere, being present there
    (r"produziert|fertigt|produces|manufactures|präsent|present|présente?s?|presente|"
     r"presentes|fabriquée?s?|produite?s?|fabricad[oa]s|producid[oa]s|prodott[ie]|"
     r"fabbricat[ie]|poursuivent\s+leur\s+activité|poursuit\s+son\s+activité|"
     r"continue(?:s|nt)?\s+to\s+operate|siguen?\s+operando|continuano\s+a\s+operare",
     Status.EXISTING, True, None),
    (r"operates|operate|runs|(?:has|have)(?!\s+(?:no|not|never|to|\w+ed|" + _IRREGULAR + r")\b)",
     Status.EXISTING, True, "en"),
    (r"betreibt|betreiben|unterhält|unterhalten|verfügt\s+über|sitzt\s+in|sitzen\s+in|"
     r"stellt\s+(?:\S+\s+){0,6}?her|hergestellt|"
     rf"(?:{COMPANY_NOUNS_DE})\s+aus", Status.EXISTING, True, "de"),
    # "n'est pas concerné", "seien nicht betroffen": a site a closing spares exists
    (r"(?:n['’]est|ne\s+sont|ne\s+seront|ne\s+sera)\s+pas\s+concernée?s?|"
     r"(?:is|are|was|were|will\s+not\s+be)\s+not\s+affected|(?:is|are|was|were)n['’]t\s+affected|"
     r"nicht\s+betroffen|no\s+(?:se\s+ve|se\s+ven|está|están|resulta|resultan)\s+afectad[oa]s?|"
     r"non\s+(?:è|sono|sarà|saranno)\s+(?:coinvolt|interessat)[oaie]",
     Status.EXISTING, True, None),
    (r"cuenta(?:\s+\S+){0,3}?\s+con|opera|operan|mantiene|tiene|produce|"
     r"producen|fabrica", Status.EXISTING, True, "es"),
    (r"conta|contano|dispone\s+di|mantiene|mantengono|gestisce|possiede|produce|producono",
     Status.EXISTING, True, "it"),
    # --- opened
    (r"ouvre(?:nt)?|a\s+ouvert|ont\s+ouvert|vient\s+d['’]ouvrir|viennent\s+d['’]ouvrir|"
     r"inaugure(?:nt)?|a\s+inauguré|ont\s+inauguré|inaugurant|s['’]installe(?:nt)?|"
     r"s['’]est\s+installée?|s['’]implante(?:nt)?|s['’](?:est\s+|être\s+)implantée?|"
     r"ouvert\s+ses\s+portes|ouvert|a\s+lancé|lance|inaugurée?s?|ouverte?s?|"
     r"pose\s+ses\s+valises|a\s+posé\s+ses\s+valises",
     Status.OPENED, True, "fr"),
    (r"opens|opened|has\s+opened|inaugurates|inaugurated|inaugurating|launched|launches|"
     r"sets?\s+up|has\s+set\s+up|moved\s+into|cut\s+the\s+ribbon|cuts\s+the\s+ribbon",
     Status.OPENED, True, "en"),
    (r"in\s+Betrieb\s+genommen|(?:nimmt|nahm|nehmen)\s+(?:\S+\s+){0,8}?in\s+Betrieb|"
     r"eröffnet|eröffnete|eröffneten|weiht|eingeweiht|bezogen|bezieht|gestartet|gründet|"
     r"gründete",
     Status.OPENED, True, "de"),
    (r"abre|abren|abrió|abrieron|ha\s+abierto|han\s+abierto|inaugura|inauguró|"
     r"ha\s+inaugurado|inaugurando|se\s+instala|desembarca|inaugurad[oa]s?|abiert[oa]s?",
     Status.OPENED, True, "es"),
    (r"apre|aprono|ha\s+aperto|hanno\s+aperto|inaugura|ha\s+inaugurato|inaugurando|"
     r"si\s+insedia|sbarca|inaugurat[oaie]|apert[oaie]", Status.OPENED, True, "it"),
    # a start of business: "inició operaciones", "began operations", "a démarré ses activités"
    (r"è\s+operativ[oa]|sono\s+operativ[ie]|operativ[oa]\s+da|est\s+opérationnelle?|"
     r"está\s+operativ[oa]|is\s+(?:now\s+)?operational|estrena|estrenó|ha\s+estrenado|(?:ha\s+)?puesto\s+en\s+marcha|pone\s+en\s+marcha|"
     r"puso\s+en\s+marcha|a\s+mis\s+en\s+service|met\s+en\s+service|ha\s+messo\s+in\s+funzione|"
     r"mette\s+in\s+funzione|"
     r"(?:inició|inicia|comenzó|empezó)\s+(?:sus\s+)?operaciones|(?:comenzó|empezó)\s+a\s+operar|"
     r"(?:began|begins|started|starts)\s+(?:its\s+)?operations|"
     r"(?:a\s+démarré|démarre)\s+(?:ses\s+)?activités|(?:ha\s+avviato|avvia)\s+(?:le\s+)?attività|"
     r"(?:hat|haben)\s+den\s+Betrieb\s+aufgenommen|nimmt\s+den\s+Betrieb\s+auf",
     Status.OPENED, True, None),
    (r"Gründung|ouvertures?|implantation|installation|inauguration|opening|Eröffnung|Einweihung|"
     r"apertura|inauguración|inaugurazione|Start(?!-)|nouvelle\s+antenne|nouveau\s+bureau",
     Status.OPENED, False, None),
]

# More names of a list ("in Hamburg und Köln geplant"): not a new clause.
_LIST_ITEM = re.compile(r"^\s*(?:(?:,\s*|\s(?:et|and|und|y|e|o|or|ou|oder)\s+)(?:(?:in|à|a|en|im|"
                        r"de|di|of|von|ad|au)\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)+")
_NEW_CLAUSE = re.compile(r"[,;:(]|(?<![\w-])(?:et|and|und|y|e|mais|but|aber|pero|ma|while|"
                         r"tandis|mentre|während|mientras)(?![\w-])")
# Adverbs that mark an existing site only when the sentence is about a site already.
ADVERB_CUES = frozenset("déjà already bereits schon ya già".split())

_COMPILED: dict[str, list[tuple[re.Pattern[str], Status, bool, bool]]] = {}


def _rules(language: str) -> list[tuple[re.Pattern[str], Status, bool, bool]]:
    if language not in _COMPILED:
        _COMPILED[language] = [
            (re.compile(rf"{W}(?:{rule[0]}){E}", re.IGNORECASE), rule[1], rule[2],
             len(rule) > 4 and rule[4] == GENERIC)
            for rule in _RULES
            if rule[3] is None or not language or rule[3] == language
        ]
    return _COMPILED[language]


def find_cues(text: str, language: str = "") -> list[Cue]:
    """Status cues in a sentence; a cue inside a longer, earlier-listed one is dropped.

    Two readings depend on the words around the cue: a future or modal form followed,
    in the same clause, by a closing verb ("soll ... geschlossen werden", "plans to
    close") is that closing, not a plan; and German "gegründet" with "hat" (the company
    founded a subsidiary) is an opening, while "wurde gegründet" (the company itself was
    founded) dates an existing seat.
    """
    cues: list[Cue] = []
    for pattern, status, strong, generic in _rules(language):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(c.start <= start and end <= c.end for c in cues):
                continue
            if any(start <= c.start and c.end <= end for c in cues):
                cues = [c for c in cues if not (start <= c.start and c.end <= end)]
            cues.append(Cue(start, end, status, strong, match.group(0), generic))
    cues.sort(key=lambda c: c.start)
    closings = [c for c in cues if c.status is Status.CLOSED and c.strong]
    kept: list[Cue] = []
    for cue in cues:
        if cue.generic and cue.status is Status.PLANNED and _PERSON_FUTURE.search(cue.text):
            continue  # "who will lead the Austin office": a person's role, no plan
        if cue.status is Status.PLANNED and _PLANNED_PARTICIPLE.fullmatch(cue.text) \
                and _COMPARISON_BEFORE.search(text, 0, cue.start):
            continue  # "langsamer als geplant", "later than planned": no plan
        if cue.status is Status.PLANNED and cue.text.lower() in ("plans", "plan", "planning") \
                and _DETERMINER_BEFORE.search(text, 0, cue.start):
            continue  # "familiar with the plans": the noun
        if cue.status is Status.OPENED and _OPEN_TO.match(text, cue.end):
            continue  # "ouverts aux clients", "open to the public": no opening
        if cue.text.lower() in ("baut", "bauen") and _PARTICLE_AB.match(text, cue.end):
            continue  # "baut ... Stellen ab": cuts jobs, builds nothing
        if cue.status is Status.CLOSED and (_MARKET_AFTER.match(text, cue.end)
                                            or _MARKET_BEFORE.search(text, 0, cue.start)):
            continue  # "shares closed up 1.2%", "al cierre del ejercicio": no site
        if cue.status is Status.PLANNED and not _OPENING_VERB.search(cue.text) and any(
                0 <= c.start - cue.end <= 80 and not _CLAUSE_BREAK.search(text[cue.end:c.start])
                and not any(cue.end <= o.start and o.end <= c.start for o in cues)
                for c in closings):
            continue  # "soll ... geschlossen werden", "prévoit de fermer"
        if cue.status is Status.ANNOUNCED and cue.strong and any(
                c.status is Status.CLOSED and not c.strong and 0 <= c.start - cue.end <= 40
                and not _CLAUSE_BREAK.search(text[cue.end:c.start]) for c in cues):
            cue = Cue(cue.start, cue.end, Status.CLOSED, True, cue.text)  # "a annoncé la
            # fermeture de son usine": the news is the closing
        if cue.text.lower() == "gegründet" and _AUX_HAVE.search(text[:cue.start]) \
                and not _AUX_PASSIVE.search(text[:cue.start]):
            cue = Cue(cue.start, cue.end, Status.OPENED, True, cue.text)
        kept.append(cue)
    return kept


# A market or a financial year closing, not a site: "closed up 1.2% in Tokyo", "ha chiuso
# in rialzo", "schloss im Plus", "à la clôture de la séance", "al cierre del ejercicio".
_MARKET_AFTER = re.compile(
    r"\s+(?:(?:up|down|higher|lower|flat|unchanged|at|in\s+(?:rialzo|ribasso|positivo|negativo|"
    r"parità))(?!\w)|\d|im\s+(?:Plus|Minus)|(?:del|de\s+l['’]|dell['’]|des|de\s+la)\s*"
    r"(?:ejercicio|año|trimestre|semestre|mes|exercice|séance|esercizio|anno|trimestre|"
    r"semestre|seduta|sesión|bolsa|Borsa|mercado|mercato))", re.IGNORECASE)
_OPEN_TO = re.compile(r"\s+(?:aux|au\s+public|to\s+(?:the\s+)?(?:public|customers|clients)|"
                     r"al\s+p[úu]blico|al\s+pubblico|a\s+tutti|für\s+(?:die\s+)?(?:Öffentlichkeit|Kunden))",
                     re.IGNORECASE)
_PARTICLE_AB = re.compile(r"[^,.;:]*\sab(?=[\s.,;:]|$)")
_PLANNED_PARTICIPLE = re.compile(r"geplant|planned|prévue?s?|previst[oa]s?|expected",
                                 re.IGNORECASE)
_COMPARISON_BEFORE = re.compile(r"(?<!\w)(?:als|than|que|de\s+lo|del|di\s+quanto|rispetto\s+al|"
                                r"wie)\s+$", re.IGNORECASE)
_PERSON_FUTURE = re.compile(r"(?:will|would)\s+(?:lead|head|run|manage|oversee|direct|report|"
                            r"work|join|chair|coordinate|continue|remain|stay|employ|hire)|"
                            r"continuera|emploiera|beschäftigen|empleará|impiegherà|"
                            r"seguirá|continuerà|dirigera|dirigerá|dirigirá|dirigerà|"
                            r"guiderà|pilotera|coordinera|coordinará|coordinerà|reportera|"
                            r"rapportera|dependerá|dipenderà", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"(?<!\w)(?:the|its|their|these|those|his|her|our|such|"
                                r"expansion|hiring|investment|growth)\s+(?:[a-z-]+\s+)?$",
                                re.IGNORECASE)
_MARKET_BEFORE = re.compile(r"(?<!\w)(?:shares?|stock|titolo|titoli|azioni|acciones|Aktien?|"
                            r"Kurs|action|actions|index|Nikkei|Dax|Ibex|Cac)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
_OPENING_VERB = re.compile(r"open|ouvr|abri|aper|apri|eröffn|build|constr|costru|inaugur|"
                           r"launch|lanc|install|implant", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:(]|,\s*(?!(?:\w+\s+){0,2}\w+,)")
_AUX_HAVE = re.compile(r"(?<!\w)(?:hat|haben|hatte|hatten)(?!\w)")
_AUX_PASSIVE = re.compile(r"(?<!\w)(?:wurde|wurden|ist|war|sind)(?!\w)")
# A relative or subordinate clause between a verb and a name: its own verbs speak for
# what follows ("son antenne de Bordeaux, dont les salariés se verront proposer un poste
# à Nantes").
_RELATIVE = re.compile(r",\s*(?:dont(?!\s+(?-i:[A-ZÀ-Þ\d])|\s+(?:celles|ceux|celle|celui)\b)|"
                       r"qui|où|which|who|whose|where|der|die|das|wo|deren|dessen|que|donde|cuyo|cuya|desde\s+donde|che|dove|cui)"
                       r"(?!\w)", re.IGNORECASE)


def cue_for(cues: list[Cue], start: int, end: int, text: str = "") -> Cue | None:
    """The cue governing the words at [start, end): the nearest strong cue, preferring
    one before the city (a verb usually precedes its place complement in all five
    languages); weak cues only when no strong one can govern the city.

    A cue after the city governs it only within the same clause; a cue before it not
    across a relative clause; a cue whose words enclose the city (a German verb frame,
    "will ... in Zürich eröffnen") governs it first.
    """
    eligible: list[tuple[float, Cue]] = []
    for cue in cues:
        if cue.generic and not _site_between(text, cue, start, end):
            continue
        if cue.end <= start:
            if _seat_elsewhere(text, cue, start):
                continue  # "mit Sitz in Ulm hat in Lyon ... gegründet": the seat is Ulm
            if not cue.strong and (start - cue.end > 80 or "," in text[cue.end:start]):
                continue  # "L'inauguration s'est faite ..., qui l'a menée à Jakarta"
            if _COLON_CLAUSE.search(text, cue.end, start):
                continue  # "chiuderà a giugno: i 12 dipendenti potranno trasferirsi a Milano"
            if _PURPOSE.search(text, cue.end, start):
                continue  # "ouvrira un plateau à X, pour ne plus louer ... à Londres"
            gap = _INSERTED_WHERE.sub(" ", text[cue.end:end])
            if _RELATIVE.search(gap) or ";" in text[cue.end:start]:
                continue  # a relative clause or a new sentence part between
            if any(cue.end <= o.start and o.end <= start and _COORDINATED.search(
                    text[cue.end:o.start]) for o in cues if o is not cue):
                continue  # "cerrará su planta de X y llevará la producción a Z"
            eligible.append((float(start - cue.end), cue))
        elif cue.start >= end:
            if re.match(r"\s+(?:à|a|au|in|en|nach|im)\s+[A-ZÀ-Þ]", text[cue.end:]) and re.search(
                    r"(?<!\w)(?:pour|para|per|to|um)(?!\w)", text[end:cue.start]):
                continue  # "de Roubaix pour s'installer à Lille": the verb has its own place
            if cue.text.lower() in ADVERB_CUES:
                continue  # "en São Paulo, donde ya tramita una licencia": the adverb is the
                # relative clause's, not a verb for the city
            if cue.status is Status.CLOSED and cue.strong and _REL_CLOSING.match(
                    text[end:cue.start]):
                eligible.append(((cue.start - end) * 2.0, cue))  # "Tudela, que dejará de operar"
                continue
            # "Das Büro in Stuttgart, das Qilan 2022 eröffnet hatte, wird aufgelöst": the
            # main verb after a relative clause on the site speaks for it
            if cue.generic and _COUNT_VERB.fullmatch(cue.text):
                continue  # "Le bureau de Lyon compte 20 personnes": a headcount, not a site
            gap = _RELATIVE_AFTER.sub(" ", _NOUN_APPOSITION.sub(" ", text[end:cue.start]))
            stripped = _PARTICIPLE_AFTER.sub(" ", gap)
            if not _RELATIVE_START.match(stripped):
                gap = stripped  # "in Offenbach, 2004 in Betrieb genommen, wird ..."
            if re.fullmatch(r"\s*,\s*", gap) and _APPOSITION_OPEN.search(text, 0, start) \
                    and not _PARTICIPLE.fullmatch(cue.text):
                eligible.append(((cue.start - end) * 2.0, cue))  # "Le siège, à Lyon, n'est"
                continue
            if _WHERE.match(gap) and not _NEW_CLAUSE.search(gap[_WHERE.match(gap).end():]):
                eligible.append(((cue.start - end) * 2.0, cue))  # "Dubai, dove aprirà"
                continue
            if _NEW_CLAUSE.search(_LIST_ITEM.sub(" ", gap)):
                continue  # a later clause is about something else
            if _PARTICIPLE.fullmatch(cue.text) and any(
                    c.strong and c.end <= start and c.status is not cue.status
                    and not _RELATIVE.search(text[c.end:end])
                    and not _seat_elsewhere(text, c, start) for c in cues):
                continue  # "cuenta con ... un centro en Lisboa abierto en 2022": history
            eligible.append(((cue.start - end) * 2.0, cue))
        elif cue.start <= start and end <= cue.end:
            eligible.append((0.0, cue))
    # a bare future ("recibirá", "will house") speaks for a site less than a verb with a
    # meaning of its own ("para ampliar", "to expand")
    eligible = [(d + (200.0 if c.generic and c.status is Status.PLANNED else 0.0), c)
                for d, c in eligible]
    strong = [item for item in eligible if item[1].strong]
    pool = strong or eligible
    if not pool:
        return None
    best = min(pool, key=lambda item: item[0])[1]
    if best.generic or MOVE.fullmatch(best.text):
        # "the roles will move from its office in Leeds, which will close": a closing to
        # come, told in a relative clause on the site, is the site's own news
        fate = _FATE.match(text[end:])
        if fate:
            for cue in cues:
                if (cue.status is Status.CLOSED and cue.strong and end < cue.start
                        and cue.end <= end + fate.end() and (
                            _FUTURE_FORM.search(cue.text)
                            or _FUTURE_AUX.search(text[max(0, cue.start - 12):cue.start]))):
                    return cue
    return best


# Between a seat phrase and a name it governs: other names, "bei", "near", a list.
_SEAT_REACH = re.compile(r"(?:\s|,|\(|\)|[A-ZÀ-Þ][\w'’.-]*|(?<!\w)(?:bei|near|nahe|près|de|du|"
                         r"di|del|cerca|vicino|in|à|a|en|und|and|et|y|e)(?!\w))*")
_REL_CLOSING = re.compile(r"\s*,\s*(?:que|qui|which|that|che|der|die|das)\s+(?:\S+\s+){0,3}?$",
                          re.IGNORECASE)
# A colon opening a clause of its own (three words or more before the name), not a list.
_COLON_CLAUSE = re.compile(r":\s+(?:\S+\s+){3,}")
# A clause of purpose or avoidance between a verb and a name: "pour ne plus avoir à louer
# ce type d'équipement à Londres", "to avoid renting in London".
_PURPOSE = re.compile(r"(?<!\w)(?:pour\s+ne|afin\s+de|afin\s+d['’]|para\s+no|para\s+evitar|"
                      r"per\s+non|per\s+evitare|to\s+avoid|instead\s+of|um\s+nicht|"
                      r"statt|anstatt)(?!\w)", re.IGNORECASE)


_COUNT_VERB = re.compile(r"compte|comptent|counts|zählt|ha|hanno", re.IGNORECASE)


def _seat_elsewhere(text: str, cue: Cue, start: int) -> bool:
    """Whether `cue` is a seat phrase whose own name comes before `start`, or a verb of
    leaving whose object ("verlässt Wuppertal") is not the name at `start`."""
    if LEAVE.fullmatch(cue.text):
        # "quittera au printemps 2026 son siège historique de Roubaix": the first name after
        # the verb, whatever lower-case words come between
        gap = text[cue.end:start]
        return bool(re.search(r"[,;:]|[A-ZÀ-Þ]", gap))
    if FIRM_OF.fullmatch(cue.text):
        return bool(text[cue.end:start].strip())
    return bool(SEAT.fullmatch(cue.text)) and not _SEAT_REACH.fullmatch(text[cue.end:start])


# A participle phrase on the site between two commas, its history: "Das Rechenzentrum in
# Offenbach, 2004 in Betrieb genommen, wird 2027 stillgelegt", "The office, set up in
# 2021, will close".
_PARTICIPLE_AFTER = re.compile(
    r"^(?:\s+[a-zà-þ]+){0,2}\s*,\s*(?:(?:19|20)\d\d\s+)?(?:[^\s,;:()]+\s+){0,4}?(?:in\s+Betrieb\s+genommen|eröffnet|"
    r"gegründet|gebaut|set\s+up|opened|founded|built|acquired|ouverte?s?|inaugurée?s?|créée?s?|"
    r"fondée?s?|abiert[oa]s?|inaugurad[oa]s?|fundad[oa]s?|apert[oaie]|inaugurat[oaie]|"
    r"fondat[oaie]|rilevat[oaie]|acquise?s?|rachetée?s?|adquirid[oa]s?|übernommen)(?:\s+(?:[^\W\d_]+\s+){0,4}?(?:19|20)\d\d)?(?:\s+[^\W\d_]+){0,5}\s*,\s*",
    re.IGNORECASE)


_RELATIVE_START = re.compile(r"\s*(?:qui|which|that|who|der|die|das|che|que|il\s+quale)(?!\w)",
                             re.IGNORECASE)


# A relative clause on a list's first name, the list going on after it: "ya tiene en
# Madrid, donde está su sede central, Barcelona y Valencia".
_INSERTED_WHERE = re.compile(r",\s*(?i:where|où|donde|dove|wo)\s[^,;:()A-ZÀ-Þ]*,(?=\s*[A-ZÀ-Þ]|\s*"
                             r"(?i:ainsi\s+qu['’]à|as\s+well\s+as|sowie|así\s+como|oltre\s+che|"
                             r"y\s+en|and\s+in|et\s+à|e\s+a|und\s+in)\s)")
# A site's city in an apposition: "Le siège du groupe, à Villeurbanne, n'est pas concerné".
_APPOSITION_OPEN = re.compile(r",\s*(?:à|in|en|a|au|im)\s+$", re.IGNORECASE)
_FATE = re.compile(r",\s*(?:which|that|qui|que|der|die|das|che|la\s+cual|el\s+cual)\s[^,;:()]*",
                   re.IGNORECASE)


_COORDINATED = re.compile(r"\s(?:y|and|et|und|e|ed)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"^\s*,\s*(?:(?:in|an|bei|mit|auf|über|für|von)\s+(?:dem|der|die|das|"
                             r"denen)|in\s+which|"
                             r"at\s+which|where|où|dans\s+lequel|dans\s+laquelle|en\s+(?:el|la)\s+que|"
                             r"donde|in\s+cui|nel\s+quale|nella\s+quale|dove|"
                             r"which|who|that|qui|que|der|die|das|che|il\s+quale|"
                             r"la\s+quale)\s[^,;:()]*,\s*(?=\w|$)", re.IGNORECASE)
# A noun phrase set off by commas between a site and its verb: "Il negozio di Rovigo, il
# più piccolo della rete, chiuderà".
_NOUN_APPOSITION = re.compile(
    r"^\s*,\s*(?:il|la|le|el|the|der|die|das|l['’])\s*[^,;:()]{1,40},\s*$", re.IGNORECASE)
# "X, where the brand will open a store": the relative clause's verb speaks for X.
_WHERE = re.compile(r",\s*(?:où|where|wo|donde|dove|in\s+der|in\s+dem|dont|whose|deren|dessen|"
                    r"cuya|cuyo|la\s+cui|il\s+cui)\s+", re.IGNORECASE)
# A bare participle after a site ("abierto en 2022", "ouvert en 2015"): the site's history.
_PARTICIPLE = re.compile(r"abiert[oa]s?|apert[oaie]|ouverte?s?|inaugurée?s?|inaugurad[oa]s?|"
                         r"inaugurat[oaie]|opened|eröffnet|fondée?s?|founded|fundad[oa]s?|"
                         r"fondat[oaie]", re.IGNORECASE)


_NAMES_LIST_END = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*\s*(?:,|\s(?:and|or|et|"
                             r"ou|y|o|und|oder|e))\s*(?:(?:in|à|a|en|im|au|ad|de|di)\s+)?)+$")
_CLAUSE_SPLIT = re.compile(r"[,;:()]|(?<!\w)(?:and|et|und|y|e|but|mais|aber|pero|ma)(?!\w)",
                           re.IGNORECASE)


def _site_between(text: str, cue: Cue, start: int, end: int) -> bool:
    """Whether a site noun is the object of a bare future: between it and the city, or
    just before the city when the verb follows ("le site de X accueillera")."""
    gap = text[cue.end:start] if cue.end <= start else (
        text[max(0, start - 40):start] + " " + " ".join(text[cue.end:].split()[:4]) + " "
        + _subject_between(text[end:cue.start]))
    if cue.end <= start:
        # the site noun must reach the city within its clause: "close its office in
        # Cambridge, England, by June and offer staff positions in Eindhoven" closes
        # no site in Eindhoven (names of a list are no break)
        tail = _NAMES_LIST_END.sub(" ", gap)
        cut = max((m.end() for m in _CLAUSE_SPLIT.finditer(tail)), default=0)
        gap = tail[cut:]
    if cue.end <= start:  # "gave up its Leeds office", "to expand its Aarhus plant"
        gap += " " + " ".join(re.findall(r"^\s+([^\W\d_]+)", text[end:])[:1])
    if cue.end <= start:
        # "Ein weiteres KI-Labor soll im kommenden Jahr in Paris folgen": the site is the
        # subject right before the verb
        subject = text[max(0, cue.start - 30):cue.start]
        gap += " " + subject[max((m.end() for m in _CLAUSE_SPLIT.finditer(subject)), default=0):]
    words = re.findall(r"[^\W\d_]+", gap.lower()) + re.findall(r"[^\W\d_]+-[^\W\d_]+",
                                                                gap.lower())
    return any(w in SITE_NOUNS for w in words) or any(p in gap.lower() for p in SITE_PHRASES)


def _subject_between(gap: str) -> str:
    """The words between a city and a verb after it, when no clause break stands between
    ("in Kecskemét soll bis 2027 ein neues Werk entstehen"); '' otherwise."""
    return "" if re.search(r"[,;:]", gap) else gap


def is_future(text: str, cues: list[Cue]) -> bool:
    """Whether the sentence speaks of the future, for placing a month without a year."""
    return any(c.strong and (c.status is Status.PLANNED or (
        c.status is Status.CLOSED and (_FUTURE_FORM.search(c.text) or _FUTURE_AUX.search(
            text[max(0, c.start - 12):c.start])))) for c in cues)


# A closing in the future: "will close", "would shut", "fermera", "cerrará", "chiuderà".
_FUTURE_FORM = re.compile(r"^(?:will|would|to)\s|(?:ra|ront|rá|rán|rà|ranno)$", re.IGNORECASE)
_FUTURE_AUX = re.compile(r"(?<!\w)(?:will|would|to|va|vont|wird|werden|soll|sollen)\s+$",
                         re.IGNORECASE)
