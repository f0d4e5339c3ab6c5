extension FrenchTexts {
    /// The validator's messages: `validation.<field path>.<problem>`, and `validation.<rule>…` for the rules that
    /// are not about one field (dates, names, order of dates, prerequisites, deadlines).
    static let validation: [String: String] = [
        // Dates typed in any field (`DateParser`, `DossierValidator`).
        "validation.date.empty": "Indiquez une date.",
        "validation.date.unrecognizedFormat":
            "« %1$@ » n'est pas une date : écrivez-la sous la forme jj/mm/aaaa, par exemple 03/03/2026.",
        "validation.date.notARealDate": "« %1$@ » n'existe pas dans le calendrier : vérifiez le jour et le mois.",
        "validation.date.future": "La date %1$@ est dans le futur : indiquez une date passée ou celle d'aujourd'hui.",
        "validation.date.tooOld": "La date %1$@ est trop ancienne : vérifiez l'année.",

        // Country and fund.
        "validation.country.missing": "Choisissez le pays : les démarches diffèrent en Belgique et en France.",
        "validation.disputeKind.missing":
            "Indiquez sur quoi porte le litige — une décision sur vos remboursements légaux ou vos indemnités, un "
            + "avantage de votre mutualité, ou votre assurance hospitalisation : les recours ne sont pas les mêmes.",
        "validation.fund.customName.missing": "Indiquez le nom de l'organisme.",
        "validation.fund.customAddress.missing":
            "Indiquez l'adresse postale de l'organisme (elle figure sur ses courriers).",
        "validation.fund.customAddress.tooShort":
            "L'adresse de l'organisme doit tenir sur au moins deux lignes : la rue, puis le code postal et la localité.",
        "validation.fund.organismId.missing":
            "Choisissez votre mutuelle ou mutualité dans la liste (ou « Autre organisme »).",
        "validation.fund.organismId.notAFund":
            "« %1$@ » n'est pas une mutuelle : choisissez votre mutuelle ou mutualité.",
        "validation.fund.organismId.wrongCountry":
            "%1$@ est un organisme de %2$@, pas de %3$@ : vérifiez le pays ou la mutuelle.",
        "validation.fund.customAddress.unknown":
            "Recours ne connaît pas l'adresse postale du service réclamations %1$@ : recopiez-la d'un courrier de "
            + "l'organisme dans « Adresse de l'organisme ».",
        "validation.fund.customAddress.unknownWithWebsite":
            "Recours ne connaît pas l'adresse postale du service réclamations %1$@ : recopiez-la d'un courrier de "
            + "l'organisme dans « Adresse de l'organisme », ou envoyez la lettre par son site (%2$@).",
        "validation.fund.complementaryKind.missing":
            "Indiquez le type d'organisme (mutuelle, assurance ou institution de prévoyance) : Recours retient une "
            + "mutuelle en attendant, et le médiateur en dépend.",
        "validation.fund.organismId.routeNotOffered":
            "%1$@ ne gère que l'assurance obligatoire : choisissez « une décision sur vos remboursements légaux ou vos "
            + "indemnités », ou l'organisme qui vous assure.",
        "validation.fund.organismId.unconfirmedAddress":
            "L'adresse %1$@ n'est pas confirmée par nos sources : vérifiez-la sur un courrier récent.",
        "validation.fund.organismId.unknown":
            "La mutuelle « %1$@ » n'est pas dans le catalogue : choisissez-la à nouveau dans la liste.",

        // Member.
        "validation.member.firstName.missing":
            "Indiquez votre prénom. Les mutuelles ne traitent pas les réclamations anonymes.",
        "validation.member.lastName.missing":
            "Indiquez votre nom. Les mutuelles ne traitent pas les réclamations anonymes.",
        "validation.name.noLetters": "« %1$@ » n'est pas un nom : il doit contenir des lettres.",
        "validation.name.digits": "Un nom ne contient pas de chiffres : vérifiez la saisie.",
        "validation.name.badCharacter": "Le caractère « %1$@ » n'a pas sa place dans un nom.",
        "validation.member.street.missing":
            "Indiquez votre rue et votre numéro : la réponse vous sera envoyée à cette adresse.",
        "validation.member.street.noNumber": "Aucun numéro dans l'adresse : vérifiez qu'il n'a pas été oublié.",
        "validation.member.postalCode.missing": "Indiquez votre code postal.",
        "validation.member.postalCode.belgianFormat": "Un code postal belge compte 4 chiffres, par exemple 1080.",
        "validation.member.postalCode.frenchFormat": "Un code postal français compte 5 chiffres, par exemple 75017.",
        "validation.member.postalCode.anyFormat": "Un code postal compte 4 chiffres (Belgique) ou 5 chiffres (France).",
        "validation.member.city.missing": "Indiquez votre localité.",
        "validation.member.city.digits":
            "La localité contient des chiffres : le code postal se saisit dans son propre champ.",
        "validation.member.email.invalid": "« %1$@ » n'est pas une adresse e-mail : elle s'écrit nom@exemple.be.",
        "validation.member.phone.badCharacter": "Le caractère « %1$@ » n'a pas sa place dans un numéro de téléphone.",
        "validation.member.phone.tooShort": "Ce numéro de téléphone est trop court (%1$@ chiffres) : vérifiez-le.",
        "validation.member.phone.tooLong": "Ce numéro de téléphone est trop long (%1$@ chiffres) : vérifiez-le.",
        // The member number's name after "numéro", by country (%1$@ or %2$@ of the messages below).
        "validation.member.memberNumber.word.belgium": "de membre (ou d'affiliation)",
        "validation.member.memberNumber.word.france": "d'adhérent",
        "validation.member.memberNumber.missing":
            "Indiquez votre numéro %1$@ : il figure sur votre carte ou vos courriers, et la mutuelle en a besoin pour "
            + "retrouver votre dossier.",
        "validation.member.memberNumber.badCharacter":
            "Le caractère « %1$@ » n'a pas sa place dans un numéro %2$@ : lettres, chiffres, espaces, tirets, points et "
            + "barres obliques seulement.",
        "validation.member.memberNumber.tooShort":
            "Ce numéro %1$@ est trop court (au moins 3 caractères) : recopiez-le depuis votre carte.",
        "validation.member.memberNumber.tooLong":
            "Ce numéro %1$@ est trop long (30 caractères au plus) : recopiez-le depuis votre carte.",
        "validation.member.memberNumber.noDigits":
            "Un numéro %1$@ contient des chiffres : recopiez-le depuis votre carte.",
        "validation.member.nationalNumber.requiredForCourt":
            "La requête au tribunal du travail doit indiquer votre numéro national (NISS, 11 chiffres, au dos de votre "
            + "carte d'identité).",
        // `NationalNumber.Problem`: %1$@ is the number's name.
        "validation.nationalNumber.name.belgium": "Le numéro national (NISS)",
        "validation.nationalNumber.name.france": "Le numéro de sécurité sociale (NIR)",
        "validation.nationalNumber.wrongLength": "%1$@ compte %2$@ chiffres ; vous en avez saisi %3$@.",
        "validation.nationalNumber.invalidCharacters.belgium":
            "%1$@ ne contient que des chiffres (les points, tirets et espaces sont acceptés).",
        "validation.nationalNumber.invalidCharacters.france":
            "%1$@ ne contient que des chiffres (et 2A ou 2B pour la Corse).",
        "validation.nationalNumber.wrongKey":
            "%1$@ n'est pas valide : la clé de contrôle ne correspond pas. Vérifiez chaque chiffre.",
        "validation.nationalNumber.impossibleDate": "%1$@ contient un mois de naissance impossible.",

        // Dispute.
        "validation.dispute.subject.missing":
            "Choisissez l'objet du litige (remboursement refusé, retard, droits suspendus…).",
        "validation.dispute.subjectDetail.missing":
            "Vous avez choisi « Autre » : précisez en quelques mots l'objet du litige.",
        "validation.dispute.incidentDate.missing":
            "Indiquez la date de l'incident (la date du refus, de la facture ou du problème).",
        "validation.dispute.amount.invalid":
            "« %1$@ » n'est pas un montant : écrivez-le en euros, par exemple 1 250,50.",
        "validation.dispute.amount.zero": "Le montant est nul : laissez le champ vide si aucun montant n'est en jeu.",
        "validation.dispute.facts.tooShort":
            "Décrivez ce qui s'est passé en quelques phrases (au moins %1$@ mots) : ce qui a été demandé, refusé ou "
            + "retardé, quand, et pour quel montant.",
        "validation.dispute.expectations.tooShort":
            "Dites clairement ce que vous demandez (au moins %1$@ mots) : un remboursement, une nouvelle décision, une "
            + "explication écrite…",
        "validation.dispute.whyUnsatisfied.missing":
            "Expliquez pourquoi la réponse reçue ne vous satisfait pas : c'est ce que le destinataire examinera.",
        "validation.dispute.attachments.missing":
            "Joignez au moins une pièce (copie de la décision, facture, courrier…) : une réclamation sans justificatif "
            + "est rarement examinée.",
        "validation.dispute.attachments.description.missing":
            "Décrivez cette pièce (par exemple « Facture de l'hôpital du 3 mars 2026 »).",
        "validation.dispute.attachments.path.notFound":
            "Le fichier « %1$@ » est introuvable sur cet ordinateur : vérifiez le chemin.",

        // Stage records.
        "validation.stages.contact.date.missing": "Indiquez la date de votre contact avec le service clientèle.",
        "validation.stages.contact.channel.missing":
            "Indiquez comment vous avez contacté le service clientèle (téléphone, agence, formulaire…).",
        "validation.stages.contact.answer.missing":
            "Notez la réponse obtenue, même orale : elle sera citée dans vos courriers suivants.",
        "validation.stages.complaint.date.missing":
            "Indiquez la date d'envoi de votre réclamation écrite : le médiateur et le juge la demanderont.",
        "validation.stages.complaint.answerSummary.missing":
            "Résumez la réponse reçue en une ou deux phrases : elle sera citée dans la lettre.",
        "validation.stages.mediation.date.missing": "Indiquez la date à laquelle vous avez saisi le médiateur.",
        "validation.stages.mediation.mediatorId.notAMediator":
            "« %1$@ » n'est pas un service de médiation : choisissez un médiateur dans la liste.",
        "validation.stages.mediation.mediatorId.notCompetent":
            "%1$@ n'est pas compétent pour ce type de litige : choisissez un autre médiateur.",
        "validation.stages.mediation.mediatorId.unknown":
            "Le médiateur « %1$@ » n'est pas dans le catalogue : choisissez-le à nouveau dans la liste.",
        "validation.stages.court.courtId.notACourt": "« %1$@ » n'est pas une juridiction.",
        "validation.stages.court.courtId.notCompetent":
            "%1$@ n'est en principe pas compétent pour ce litige : vérifiez auprès d'un avocat ou du greffe.",
        "validation.stages.court.courtId.unknown": "La juridiction « %1$@ » n'est pas dans le catalogue.",

        // Order of dates across stages: %2$@ and %4$@ of `beforePrevious` are one of the events.
        "validation.dateOrder.event.incident": "l'incident",
        "validation.dateOrder.event.contact": "le contact avec le service clientèle",
        "validation.dateOrder.event.complaint": "la réclamation écrite",
        "validation.dateOrder.event.mediation": "la saisine du médiateur",
        "validation.dateOrder.event.courtDecision": "le jugement",
        "validation.dateOrder.beforePrevious":
            "Cette date (%1$@) précède %2$@ (%3$@) : %4$@ ne peut pas avoir eu lieu avant. Vérifiez les deux dates.",
        "validation.dateOrder.answerBeforeComplaint":
            "La réponse (%1$@) ne peut pas précéder l'envoi de la réclamation (%2$@).",
        "validation.dateOrder.decisionBeforeIncident":
            "La décision contestée (%1$@) est antérieure à l'incident (%2$@) : vérifiez les deux dates.",

        // What must have happened before a stage.
        "validation.prerequisite.contact.missing":
            "Aucun contact avec le service clientèle n'est noté : le plus souvent, il faut d'abord l'avoir contacté. "
            + "Notez-le s'il a eu lieu.",
        "validation.prerequisite.mediation.complaintMissing":
            "Le médiateur ne peut être saisi qu'après une réclamation écrite à la mutuelle : indiquez la date de votre "
            + "réclamation (étape 2).",
        "validation.prerequisite.mediation.mediatorMissing": "Choisissez le médiateur à saisir.",
        "validation.prerequisite.mediation.mediatorMissing.choices": "Choisissez le médiateur à saisir (%1$@).",
        "validation.prerequisite.mediation.tooEarly":
            "Le médiateur ne peut être saisi qu'après une réponse négative ou %1$@ sans réponse : sans réponse, "
            + "attendez le %2$@. Si vous avez reçu une réponse, indiquez sa date.",
        "validation.prerequisite.mediation.tooLate":
            "Le médiateur doit être saisi dans %1$@ après la réclamation écrite du %2$@, soit au plus tard le %3$@ : "
            + "il refusera ce dossier. Consultez un conseil juridique.",
        "validation.prerequisite.court.decisionDate.missing":
            "Indiquez la date à laquelle la décision contestée vous a été notifiée : la requête au tribunal du travail "
            + "doit la mentionner, et le délai de 3 mois court à partir de là.",
        "validation.dispute.attachments.contractForMediation":
            "Le médiateur demande une copie du contrat : joignez le règlement mutualiste, la notice ou le tableau des "
            + "garanties (à ajouter aux pièces jointes).",
        "validation.prerequisite.court.decisionDate.advised":
            "Indiquez la date de la décision contestée, si vous en avez une : la requête au tribunal du travail la "
            + "mentionne.",
        "validation.prerequisite.court.location.missing":
            "Indiquez la ville du tribunal du travail (celui de votre domicile), par exemple Bruxelles.",
        "validation.prerequisite.court.address.unknownCourt":
            "Recours ne trouve pas le tribunal du travail du code postal « %1$@ » : vérifiez le code postal, ou "
            + "indiquez l'adresse du greffe (site tribunaux-rechtbanken.be).",
        "validation.letterLanguage.imposedByCourt":
            "%1$@ travaille en %2$@ : la requête y est rédigée en %2$@, et non en %3$@, car une requête dans une "
            + "autre langue que celle du tribunal serait nulle (loi du 15 juin 1935 sur l'emploi des langues en "
            + "matière judiciaire). Vos autres lettres restent en %3$@.",
        "validation.letterLanguage.unwritten":
            "Recours n'écrit encore en %1$@ que la requête au tribunal du travail d'Eupen : choisissez le français ou "
            + "le néerlandais pour cette lettre.",
        "validation.prerequisite.court.brusselsChoice":
            "À Bruxelles, vous choisissez le tribunal francophone ou néerlandophone : Recours retient %1$@. Changez-le "
            + "à l'étape du tribunal si vous préférez l'autre.",
        "validation.prerequisite.court.brusselsImposed":
            "Votre mutualité a son siège hors de Bruxelles : la requête doit être rédigée en %1$@ et adressée au "
            + "tribunal du travail de cette langue (loi du 15 juin 1935, art. 4).",
        "validation.prerequisite.court.facilities":
            "Votre commune est une commune à facilités : vous pouvez peut-être demander la procédure dans l'autre "
            + "langue. Renseignez-vous auprès du greffe (%1$@) avant d'envoyer la requête.",
        "validation.prerequisite.court.notLocal":
            "%1$@ n'est pas le tribunal du travail de votre domicile (code postal %2$@) : la requête doit aller au "
            + "tribunal de votre domicile (Code judiciaire, art. 628, 14°).",
        "validation.prerequisite.court.address.tooShort":
            "Indiquez l'adresse du greffe du tribunal du travail sur deux lignes au moins (rue, puis code postal et "
            + "ville) ; elle figure sur le site du SPF Justice.",
        "validation.prerequisite.court.complaintMissing":
            "Avant une action en justice, envoyez une réclamation écrite à la mutuelle (étape 2) et indiquez sa date.",
        "validation.prerequisite.court.amicableAttempt":
            "Pour une demande de %1$@ ou moins, le tribunal exige d'abord une tentative de médiation ou de conciliation "
            + "(CPC art. 750-1) : saisissez le médiateur avant d'aller en justice.",

        // Deadlines that can be lost. %2$@ of `appeal.close` and %2$@ of `appeal.reminder`: `appeal.unconfirmedMove`
        // or nothing.
        "validation.deadline.appeal.decisionDateMissing":
            "Si vous contestez une décision notifiée par écrit, indiquez sa date : le recours au tribunal du travail "
            + "doit être introduit dans les 3 mois, même pendant une réclamation ou une médiation.",
        "validation.deadline.appeal.moved": " ; de préférence d'ici le %1$@",
        "validation.deadline.appeal.lastDay":
            "C'est aujourd'hui le dernier jour pour saisir le tribunal du travail (%1$@) : déposez la requête au greffe "
            + "aujourd'hui. Une réclamation ou une médiation ne suspend pas ce délai.",
        "validation.deadline.appeal.passed":
            "Le délai de %1$@ pour saisir le tribunal du travail a pris fin le %2$@. Consultez rapidement un service "
            + "juridique (syndicat, CPAS, avocat) : un recours tardif est en principe irrecevable.",
        "validation.deadline.appeal.close.one":
            "Il reste %1$@ jour pour saisir le tribunal du travail (au plus tard le %2$@%3$@). Une réclamation ou une "
            + "médiation ne suspend pas ce délai.",
        "validation.deadline.appeal.close.other":
            "Il reste %1$@ jours pour saisir le tribunal du travail (au plus tard le %2$@%3$@). Une réclamation ou une "
            + "médiation ne suspend pas ce délai.",
        "validation.deadline.appeal.reminder":
            "Le tribunal du travail doit être saisi au plus tard le %1$@ (%3$@ après la notification)%2$@. Une "
            + "réclamation ou une médiation ne suspend pas ce délai.",
        "validation.deadline.prescription.suspended.one":
            "L'action contre la mutuelle se prescrit par %1$@ ; la médiation du %2$@ suspend ce délai, mais il ne "
            + "restera que %3$@ jour après sa fin pour saisir le tribunal.",
        "validation.deadline.prescription.suspended.other":
            "L'action contre la mutuelle se prescrit par %1$@ ; la médiation du %2$@ suspend ce délai, mais il ne "
            + "restera que %3$@ jours après sa fin pour saisir le tribunal.",
        // %2$@ of `passed.unknownEnd`, %3$@ of `close.unknownEnd`.
        "validation.deadline.prescription.unknownEnd":
            "La médiation du %1$@ a suspendu la prescription, mais sa date de fin n'est pas notée : cette suspension "
            + "n'est pas comptée.",
        "validation.deadline.prescription.passed.unknownEnd":
            "Plus de %1$@ se sont écoulés depuis l'incident : l'action contre la mutuelle est peut-être prescrite (Code "
            + "de la mutualité, art. L221-11). %2$@ Consultez un avocat.",
        "validation.deadline.prescription.close.unknownEnd":
            "L'action contre la mutuelle se prescrit par %1$@ : au plus tard le %2$@. %3$@ Agissez sans tarder.",
        "validation.deadline.prescription.passed":
            "Plus de %1$@ se sont écoulés depuis l'incident : l'action contre la mutuelle est peut-être prescrite (Code "
            + "de la mutualité, art. L221-11), sauf suspension pendant une médiation. Consultez un avocat.",
        "validation.deadline.prescription.close":
            "L'action contre la mutuelle se prescrit par %1$@ : au plus tard le %2$@, hors suspension pendant une "
            + "médiation. Agissez sans tarder.",
    ]
}
