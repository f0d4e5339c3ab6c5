extension FrenchTexts {
    /// The command line's output, errors and help (`cli.*`): `cli.<command>.abstract`, `.discussion`, the help of
    /// each option (`cli.<command>.<option>.help`) and the names of their values (`cli.value.*`).
    static let commands: [String: String] = [
        "cli.linear.help":
            "Le mode linéaire, pour les lecteurs d'écran, les plages braille et les terminaux simples : une question à la fois, rien n'est redessiné (automatique avec TERM=dumb).",
        // Shared by every command.
        "cli.error": "recours : %1$@",
        "cli.helpHint": "Aide : recours --help",
        "cli.nextStep": "Prochaine étape : %1$@",
        "cli.attention": "Attention : %1$@",
        "cli.value.file": "fichier",
        "cli.value.path": "chemin",
        "cli.value.folder": "dossier",
        "cli.value.date": "date",
        "cli.value.stage": "n",
        "cli.value.country": "pays",
        "cli.value.id": "identifiant",
        "cli.value.kind": "type",
        "cli.value.text": "texte",
        "cli.draft.help": "Le brouillon (fichier JSON).",
        "cli.draftsDir.help":
            "Dossier des brouillons (sinon $RECOURS_DRAFTS_DIR, sinon ~/.local/share/recours/drafts).",
        "cli.date.help": "Date du jour à utiliser (jj/mm/aaaa ou aaaa-mm-jj), pour les lettres et les délais.",
        "cli.date.invalid": "--date : %1$@",
        "cli.stage.help": "Étape de la lettre (1 à 4) ; par défaut l'étape en cours du dossier.",
        "cli.stage.invalid": "--stage : l'étape doit être 1, 2, 3 ou 4 (vous avez indiqué %1$@).",
        // A problem of a dossier on one line: level (padded to the longest), field, its path, message.
        "cli.problem.error": "ERREUR",
        "cli.problem.warning": "attention",
        "cli.problem.line": "%1$@  %2$@ [%3$@] : %4$@",

        // recours
        "cli.recours.abstract":
            "Recours vous guide dans un litige avec votre mutuelle (France) ou mutualité (Belgique), étape par étape, "
            + "et rédige vos courriers.",
        "cli.recours.discussion": """
        Étapes : 1. contact avec le service clientèle ; 2. réclamation écrite ; 3. médiation ; \
        4. action en justice. Les brouillons sont des fichiers JSON (voir le README).

        Codes de sortie : 0 = réussi (ou lettre exportable), 1 = dossier incomplet ou export refusé, \
        2 = fichier illisible ou arguments invalides.
        """,

        // recours new, recours open (the wizard)
        "cli.new.abstract": "Ouvre l'assistant sur un nouveau dossier.",
        "cli.open.abstract": "Ouvre l'assistant sur un brouillon existant.",
        "cli.open.discussion":
            "Un brouillon illisible n'est jamais modifié : l'erreur dit pourquoi, et la commande sort avec 2.",
        "cli.wizard.needsTerminal":
            "l'assistant a besoin d'un terminal interactif. Pour un script, utilisez recours check, export ou list "
            + "(recours --help).",

        // recours check. The last line: a clause (`exportable` or `errors`), then `sentence` or `withWarnings`.
        "cli.check.abstract": "Liste les problèmes d'un brouillon (champ, niveau, message).",
        "cli.check.discussion":
            "Sort avec 0 quand la lettre de l'étape peut être exportée, 1 sinon, 2 si le fichier est illisible.",
        "cli.check.exportable": "La lettre de l'étape %1$@ (%2$@) peut être exportée",
        "cli.check.errors.one": "%1$@ erreur à corriger avant d'exporter la lettre de l'étape %2$@",
        "cli.check.errors.other": "%1$@ erreurs à corriger avant d'exporter la lettre de l'étape %2$@",
        "cli.check.warnings.one": "%1$@ point à vérifier",
        "cli.check.warnings.other": "%1$@ points à vérifier",
        "cli.check.sentence": "%1$@.",
        "cli.check.withWarnings": "%1$@ ; %2$@.",

        // recours export
        "cli.export.abstract":
            "Écrit la lettre d'une étape en texte brut (sur la sortie standard sans --output), ou le calendrier des "
            + "délais.",
        "cli.export.discussion": """
        Refuse un dossier qui a des erreurs (et les liste) ; ne remplace jamais un fichier existant sans --force.
        Avec --calendar seul, n'écrit que le calendrier des délais (iCalendar), même si la lettre n'est pas encore \
        exportable ; avec --calendar et --output, écrit les deux, ou rien si la lettre a des erreurs.
        """,
        "cli.export.output.help": "Fichier où écrire la lettre.",
        "cli.export.calendar.help":
            "Fichier iCalendar (.ics) où écrire les délais du dossier, à importer dans un agenda.",
        "cli.export.force.help": "Remplace le(s) fichier(s) de sortie s'il(s) existe(nt) déjà.",
        "cli.export.sameFile": "--output et --calendar désignent le même fichier : choisissez deux noms différents.",
        "cli.export.blocked": "la lettre de l'étape %1$@ ne peut pas encore être exportée :",
        "cli.export.nothingWritten": "Aucun fichier n'a été écrit. Pour le calendrier seul, relancez sans --output.",
        "cli.export.noCalendarDates":
            "aucune date à mettre dans le calendrier : indiquez d'abord les dates du dossier (décision, réclamation, "
            + "médiation…). Aucun fichier n'a été écrit.",
        "cli.export.isFolder": "%1$@ est un dossier : indiquez un nom de fichier, par exemple %1$@/%2$@.",
        "cli.export.example.letter": "lettre.txt",
        "cli.export.example.calendar": "delais.ics",
        "cli.export.letterWritten": "%1$@ écrite dans %2$@",
        "cli.export.calendarWritten.one": "Calendrier des délais (%1$@ date) écrit dans %2$@",
        "cli.export.calendarWritten.other": "Calendrier des délais (%1$@ dates) écrit dans %2$@",

        // recours list
        "cli.list.abstract": "Affiche les brouillons : nom, mutuelle, étape, dernière modification et prochaine étape.",
        "cli.list.empty": "Aucun brouillon dans %1$@.",
        "cli.list.stage": "%1$@ · étape %2$@/4 : %3$@ · modifié le %4$@",
        "cli.list.file": "Fichier : %1$@",
        "cli.list.count.one": "%1$@ brouillon dans %2$@",
        "cli.list.count.other": "%1$@ brouillons dans %2$@",

        // recours organisms
        "cli.organisms.abstract":
            "Affiche le catalogue des organismes : mutuelles, médiateurs, juridictions, avec leurs sources.",
        "cli.organisms.country.help": "Seulement un pays : BE ou FR.",
        "cli.organisms.json.help": "Affiche le catalogue (fusionné avec le vôtre) en JSON.",
        "cli.organisms.union.help":
            "Seulement une union nationale et ses mutualités (son identifiant, par exemple cm).",
        "cli.organisms.kind.help": "Seulement un type : fund, mediator, authority, service ou court.",
        "cli.organisms.search.help":
            "Seulement les organismes dont le nom contient ce texte (accents et casse ignorés).",
        "cli.organisms.kind.invalid": "--kind : « %1$@ » n'est pas un type connu ; indiquez l'un de : %2$@.",
        "cli.organisms.names": "Autres noms : %1$@",
        "cli.organisms.parent": "Union nationale : %1$@",
        "cli.organisms.language": "Langue de la procédure : %1$@",
        "cli.organisms.country.invalid": "--country : indiquez BE (Belgique) ou FR (France), pas « %1$@ ».",
        "cli.organisms.otherOrganism":
            "« Autre organisme » : dans un dossier, indiquez vous-même le nom et l'adresse (fund.organismId = \"autre\").",
        "cli.organisms.point": "%1$@ : %2$@",
        "cli.organisms.address": "Adresse",
        "cli.organisms.customerService": "Service clientèle",
        "cli.organisms.complaints": "Réclamations",
        "cli.organisms.phone": "Tél. : %1$@",
        "cli.organisms.email": "E-mail : %1$@",
        "cli.organisms.website": "Site : %1$@",
        "cli.organisms.delay": "Délai (%1$@) : %2$@ — source : %3$@",
        "cli.organisms.delay.unconfirmed": "Délai (%1$@) : %2$@ — source : %3$@ (à vérifier)",
        "cli.organisms.unconfirmedAddress": "⚠ adresse à vérifier",
        "cli.organisms.source": "Source : %1$@",
        "cli.organisms.delayKind.acknowledgment": "accusé de réception",
        "cli.organisms.delayKind.answer": "réponse",
        "cli.organisms.delayKind.mediationWait": "attente avant médiation",
        "cli.organisms.delayKind.mediationWindow": "saisine du médiateur",
        "cli.organisms.delayKind.courtAppeal": "recours en justice",
        "cli.organisms.delayKind.prescription": "prescription",

        // recours timeline
        "cli.timeline.abstract":
            "Affiche les délais d'un brouillon : ce qui est fait, attendu, possible, et jusqu'à quand.",
        "cli.timeline.discussion": """
        Calculés à partir des dates du dossier, des délais du catalogue (chacun avec sa source) et du calendrier \
        du pays (jours fériés compris). Des indications, pas un avis juridique. Sort avec 0, ou 2 si le fichier \
        est illisible.
        """,
        "cli.timeline.route.franceMutuelle": "France, mutuelle",
        "cli.timeline.route.franceInsurer": "France, compagnie d'assurance",
        "cli.timeline.route.franceProvident": "France, institution de prévoyance",
        "cli.timeline.route.belgiumCompulsory": "Belgique, assurance obligatoire (AMI)",
        "cli.timeline.route.belgiumComplementary": "Belgique, avantage de la mutualité (service complémentaire)",
        "cli.timeline.route.belgiumHospitalisation": "Belgique, assurance hospitalisation",
        "cli.timeline.route.none": "pays non choisi",
        "cli.timeline.header": "%1$@ · %2$@ · étape %3$@/4 : %4$@",
        "cli.timeline.today": "Délais au %1$@",
        "cli.timeline.empty": "Aucune date dans ce dossier pour l'instant.",
        "cli.timeline.status": "%1$@.",
        "cli.timeline.status.severity": "%1$@ [%2$@].",
        "cli.timeline.delay": "%1$@.",
        "cli.timeline.note": "À vérifier : %1$@",
    ]
}
