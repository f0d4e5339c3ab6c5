extension FrenchTexts {
    /// The texts drawn by the wizard's and the home list's views, and the labels of the model's choices.
    static let views: [String: String] = screenTexts.merging(choices) { key, _ in key }

    /// The texts of the views: the home list, the wizard, its dialogs, the review and the timeline.
    static let screenTexts: [String: String] = [
        "tooSmall.title": "Agrandissez la fenêtre",
        "tooSmall.needed": "Recours a besoin d'au moins %1$@ × %2$@ caractères",
        "tooSmall.current": "(actuellement %1$@ × %2$@).",
        "tooSmall.nothingLost": "Rien n'est perdu : tout reviendra en l'état.",

        "home.title": "Recours · vos dossiers",
        "home.drafts.one": "%1$@ brouillon",
        "home.drafts.other": "%1$@ brouillons",
        "home.tagline": "Un litige avec votre mutuelle ? Recours vous guide étape par étape et rédige vos lettres.",
        "home.newDossier": "+ Nouveau dossier",
        "home.unreadable": "⚠ %1$@ : illisible",
        "home.entry.name": "%1$@  ·  modifié le %2$@",
        "home.entry.details": "%1$@ · étape %2$@ · %3$@",
        "home.loading": "Lecture des brouillons…",
        "home.delete.title": "Supprimer un brouillon",
        "home.delete.question": "Supprimer définitivement ce brouillon ?",
        "home.delete.answer": "o : oui, supprimer · toute autre touche : non",
        "home.draftsDirectory": "Vos brouillons sont dans %1$@",

        "wizard.title": "Recours · %1$@",
        "wizard.position": "Écran %1$@/%2$@ · Étape %3$@/%4$@ · %5$@",
        "wizard.saved": "✓ Enregistré",
        "wizard.modified": "● Modifié",
        "wizard.unsaved": "⚠ Non enregistré",
        "wizard.screenNotReached": "%1$@ — étape pas encore atteinte",
        "wizard.letters": "Lettres :",
        "wizard.progress.customerService": "Contact",
        "wizard.progress.complaint": "Réclamation",
        "wizard.progress.mediation": "Médiation",
        "wizard.progress.court": "Justice",
        "wizard.choose": "(choisir : Entrée)",
        "wizard.lines": "lignes %1$@–%2$@ sur %3$@",
        "wizard.attachment.noDescription": "(sans description)",
        "wizard.attachment.add": "+ Ajouter une pièce",
        "wizard.attachment.numbered": "Pièce %1$@",
        "wizard.attachment.named": "Pièce %1$@ « %2$@ »",
        "wizard.attachment.numbered.inSentence": "la pièce %1$@",
        "wizard.attachment.named.inSentence": "la pièce %1$@ « %2$@ »",
        "wizard.attachment.issue": "%1$@ : %2$@",
        "wizard.popup.filter": "Filtre : %1$@",
        "wizard.popup.noMatch": "Aucun choix ne correspond.",

        "dialog.attachment.title": "Pièce jointe n° %1$@",
        "dialog.attachment.keys": "Entrée : champ suivant, puis valider · Échap : fermer",
        "dialog.removeAttachment.title": "Retirer une pièce",
        "dialog.removeAttachment.question": "Retirer %1$@ de la liste ?",
        "dialog.removeAttachment.answer": "o : oui, retirer · toute autre touche : non",
        "dialog.overwrite.title": "Le fichier existe déjà",
        "dialog.overwrite.question": "Le remplacer par la nouvelle lettre ?",
        "dialog.overwrite.answer": "o : oui, remplacer · toute autre touche : non",
        "dialog.export.title": "Exporter la lettre",
        "dialog.export.prompt": "Fichier où écrire la lettre :",
        "dialog.export.keys": "Entrée : écrire · Échap : annuler",

        "review.noProblem": "✓ Aucun problème : la lettre de l'étape %1$@ peut être exportée (Ctrl-X).",
        "review.summary.warnings.one": "✓ La lettre peut être exportée (Ctrl-X) ; %1$@ point à vérifier :",
        "review.summary.warnings.other": "✓ La lettre peut être exportée (Ctrl-X) ; %1$@ points à vérifier :",
        "review.summary.errors.one": "✗ %1$@ erreur à corriger avant d'exporter la lettre de l'étape %2$@ :",
        "review.summary.errors.other": "✗ %1$@ erreurs à corriger avant d'exporter la lettre de l'étape %2$@ :",
        "review.issue": "%1$@ %2$@ : %3$@",
        "review.preview": "Aperçu — %1$@ (Tab, PgDn pour le parcourir)",

        "wizard.timeline.nextStep": "Prochaine étape : %1$@",

        "help.ctrlKey": "Ctrl-%1$@",

        "dossier.untitled": "Sans titre",
        "dossier.new": "Nouveau dossier",
        "dossier.noFund": "Mutuelle non choisie",
    ]

    /// The labels of the model's choices (the choice lists, the review, `recours check`, `recours organisms`…).
    static let choices: [String: String] = [
        "choice.stage.customerService": "Contact avec le service clientèle",
        "choice.stage.complaint": "Réclamation écrite",
        "choice.stage.mediation": "Médiation",
        "choice.stage.court": "Action en justice",

        "country.BE": "Belgique",
        "country.FR": "France",

        "choice.disputeKind.compulsory": "Une décision sur vos remboursements légaux ou vos indemnités",
        "choice.disputeKind.complementary": "Un avantage de votre mutualité (service complémentaire)",
        "choice.disputeKind.hospitalisation": "Votre assurance hospitalisation",
        "choice.complementaryKind.mutuelle": "Une mutuelle (Code de la mutualité)",
        "choice.complementaryKind.insurer": "Une compagnie d'assurance (Code des assurances)",
        "choice.complementaryKind.provident": "Une institution de prévoyance (Code de la sécurité sociale)",
        "choice.yesNo.yes": "Oui",
        "choice.yesNo.no": "Non",
        "choice.yesNo.unsure": "Je ne sais pas",
        "language.fr": "français",
        "language.nl": "néerlandais",
        "language.de": "allemand",

        "choice.fund.other": "Autre organisme (saisir le nom et l'adresse)",
        "choice.mediator.usual": "Celui de votre mutuelle : %1$@",
        "choice.court.competent": "La juridiction compétente : %1$@",

        "choice.civility.none": "Ne pas préciser",
        "choice.civility.Mme": "Madame",
        "choice.civility.M": "Monsieur",

        "choice.subject.refusedReimbursement": "Remboursement refusé",
        "choice.subject.delay": "Retard de remboursement ou de réponse",
        "choice.subject.suspendedRights": "Droits suspendus",
        "choice.subject.contribution": "Cotisation",
        "choice.subject.medicalAdviser": "Décision du médecin-conseil",
        "choice.subject.other": "Autre",

        "choice.contactChannel.phone": "Téléphone",
        "choice.contactChannel.agency": "En agence",
        "choice.contactChannel.onlineForm": "Formulaire en ligne / espace membre",
        "choice.contactChannel.email": "E-mail",
        "choice.contactChannel.letter": "Courrier",
        "choice.contactChannel.chat": "Chat en ligne",

        "choice.sendingMode.registeredLetter": "Lettre recommandée",
        "choice.sendingMode.onlineForm": "Formulaire en ligne",
        "choice.sendingMode.email": "E-mail",

        "organismKind.fund": "Mutuelle / mutualité",
        "organismKind.mediator": "Médiation / ombudsman",
        "organismKind.authority": "Autorité de contrôle",
        "organismKind.service": "Service spécialisé",
        "organismKind.court": "Juridiction",
    ]
}
