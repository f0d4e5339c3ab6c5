extension FrenchTexts {
    /// The messages of the drafts, the files and the catalog that reach the user (`storage.*`, `catalog.*`). The
    /// validator's are in `validation`, the timeline's in `timeline`, the command line's in `commands`.
    static let rules: [String: String] = [
        // `DraftError` (%1$@: the file).
        "storage.draft.unreadable": "Le brouillon %1$@ est illisible : %2$@. Il n'a pas été modifié.",
        "storage.draft.newerFormat":
            "Le brouillon %1$@ a été créé par une version plus récente de Recours (format %2$@, cette version lit "
            + "jusqu'au format %3$@). Il n'a pas été modifié : mettez Recours à jour pour l'ouvrir.",
        "storage.draft.tooLarge":
            "Le brouillon %1$@ est trop volumineux (%2$@ Mo) pour être un brouillon de Recours. Il n'a pas été modifié.",
        "storage.draft.wouldOverwriteUnreadable":
            "Le fichier %1$@ existe et n'est pas un brouillon lisible : Recours refuse de l'écraser.",
        // Why a draft is unreadable (%2$@ of `storage.draft.unreadable`).
        "storage.draft.reason.badVersion": "numéro de format « %1$@ » invalide",
        "storage.draft.reason.isFolder": "c'est un dossier, pas un fichier",
        "storage.draft.reason.cannotRead": "le fichier ne peut pas être lu",
        "storage.draft.reason.missing": "le fichier n'existe pas",
        "storage.draft.reason.badTimestamp": "« %1$@ » n'est pas une date et heure ISO 8601",
        // `JSONProblem`.
        "storage.json.empty": "le fichier est vide",
        "storage.json.notUTF8": "ce n'est pas du texte UTF-8 (fichier binaire ou abîmé ?)",
        "storage.json.tooDeep": "le JSON est imbriqué sur plus de %1$@ niveaux : ce n'est pas un brouillon de Recours",
        "storage.json.invalid": "ce n'est pas du JSON valide",
        "storage.json.damaged": "ce n'est pas du JSON valide (fichier tronqué ou abîmé ?)",
        "storage.json.badRootValue": "une valeur est incorrecte (%1$@)",
        "storage.json.badValue": "la valeur de « %1$@ » est incorrecte (%2$@)",
        "storage.json.missingKey": "il manque « %1$@ »",
        "storage.json.typeMismatch": "« %1$@ » devrait être %2$@",
        "storage.json.valueMissing": "« %1$@ » est vide alors qu'il devrait être %2$@",
        "storage.json.unexpected": "contenu inattendu",
        "storage.json.root": "(racine)",
        "storage.json.type.text": "du texte",
        "storage.json.type.number": "un nombre",
        "storage.json.type.bool": "vrai ou faux",
        "storage.json.type.list": "une liste",
        "storage.json.type.object": "un objet",

        // `FileWriteError`. `failed.elided` when the operation starts with a vowel or an h (French elision).
        "storage.write.notADirectory": "%1$@ n'est pas un dossier.",
        "storage.write.exists":
            "Le fichier %1$@ existe déjà : choisissez un autre nom ou utilisez --force pour le remplacer.",
        "storage.write.failed": "Impossible de %1$@ %2$@ : %3$@.",
        "storage.write.failed.elided": "Impossible d'%1$@ %2$@ : %3$@.",
        "storage.write.reason.diskFull": "le disque est plein",
        "storage.write.reason.fileTooLarge": "le fichier dépasse la taille permise",
        "storage.write.reason.permission": "vous n'avez pas le droit d'écrire à cet endroit",
        "storage.write.reason.readOnly": "le disque est en lecture seule",
        "storage.write.reason.noFolder": "le dossier n'existe pas ou plus",
        "storage.write.reason.notADirectory": "un élément du chemin est un fichier, pas un dossier",
        "storage.write.reason.isDirectory": "c'est un dossier",
        "storage.write.reason.nameTooLong": "le chemin est trop long",
        "storage.write.reason.exists": "un fichier du même nom existe déjà",
        "storage.write.reason.io": "erreur de lecture ou d'écriture du disque",
        "storage.write.reason.system": "erreur système n° %1$@",
        // What was being done (%1$@ of `storage.write.failed`).
        "storage.operation.createFolder": "créer le dossier",
        "storage.operation.protectFolder": "protéger le dossier",
        "storage.operation.writeInFolder": "écrire dans le dossier",
        "storage.operation.protectFile": "protéger le fichier",
        "storage.operation.writeFile": "écrire le fichier",
        "storage.operation.sync": "enregistrer sur le disque",
        "storage.operation.replaceFile": "remplacer le fichier",

        // `CatalogError` and why a catalog is refused.
        "catalog.error.notFound":
            "Le catalogue des organismes (%1$@) est introuvable. Cherché dans : %2$@. Indiquez son dossier avec la "
            + "variable RECOURS_RESOURCES_DIR.",
        "catalog.error.unreadable": "Le catalogue des organismes %1$@ est illisible : %2$@.",
        "catalog.error.invalid": "Le catalogue des organismes est incohérent : %1$@.",
        "catalog.reason.cannotRead": "le fichier ne peut pas être lu",
        "catalog.reason.unknownFormat": "format %1$@ inconnu (cette version de Recours lit le format %2$@)",
        "catalog.reason.duplicateId": "l'identifiant « %1$@ » est en double",
        "catalog.reason.reservedId": "l'identifiant « %1$@ » est réservé à « Autre organisme »",
        "catalog.reason.unknownOrganism": "« %1$@ » renvoie à l'organisme inconnu « %2$@ »",
        "catalog.reason.unknownRoute": "« %1$@ » : parcours inconnu « %2$@ »",
        "catalog.reason.unknownMediator": "« %1$@ » renvoie au médiateur inconnu « %2$@ »",
        "catalog.reason.unknownCourt": "« %1$@ » renvoie à la juridiction inconnue « %2$@ »",
        "catalog.reason.emptyArea": "la zone de codes postaux %1$@ est vide ou ne nomme aucun tribunal",
            // `OrganismKind.label`.
    ]
}
