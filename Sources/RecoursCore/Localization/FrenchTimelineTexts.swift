extension FrenchTexts {
    /// The timeline's phrases (statuses, titles, details, situations, next steps, notes) and the calendar file's
    /// texts. Not the iCalendar protocol keywords, and not the wording of the letters.
    static let timeline: [String: String] = [
        // `TimelineSeverity.label`.
        "timeline.severity.soon": "bientôt",
        "timeline.severity.urgent": "urgent",
        "timeline.severity.critical": "très urgent",
        "timeline.severity.passed": "dépassé",

        // `TimelineStatus.shortLabel`.
        "timeline.status.short.done": "fait",
        "timeline.status.short.waiting": "en attente",
        "timeline.status.short.overdue": "en retard",
        "timeline.status.short.elapsed": "échu",
        "timeline.status.short.possibleFrom": "à venir",
        "timeline.status.short.possibleNow": "possible",
        "timeline.status.short.suspended": "suspendu",
        "timeline.status.short.tooLate": "trop tard",
        "timeline.status.short.toDo": "à faire",

        // `TimelineStatus.phrase`: the dates with their weekday.
        "timeline.status.done": "fait",
        "timeline.status.doneOn": "fait le %1$@",
        "timeline.status.waiting": "attendu au plus tard le %1$@",
        "timeline.status.overdue": "en retard : attendu au plus tard le %1$@",
        "timeline.status.elapsed": "délai échu le %1$@",
        "timeline.status.possibleFrom": "possible à partir du %1$@",
        "timeline.status.possibleFromUntil": "possible à partir du %1$@ et jusqu'au %2$@",
        "timeline.status.possibleNow": "possible dès maintenant",
        "timeline.status.possibleNowUntil": "possible dès maintenant et jusqu'au %1$@",
        "timeline.status.possibleSince": "possible depuis le %1$@",
        "timeline.status.suspended": "délai suspendu depuis le %1$@",
        "timeline.status.tooLate": "trop tard : le dernier jour était le %1$@",
        "timeline.status.toDo": "à faire",

        // `TimelineEntry.delayLine`: the delay, its source.
        "timeline.delayLine": "Délai : %1$@ — source : %2$@",
        "timeline.delayLine.unconfirmed": "Délai : %1$@ — source : %2$@ (à vérifier)",

        // `NextStep.whenPhrase` and `summary` (%1$@: the step, %2$@: when).
        "timeline.when.now": "dès maintenant",
        "timeline.when.waitUntil": "jusqu'au %1$@",
        "timeline.when.from": "à partir du %1$@",
        "timeline.when.between": "à partir du %1$@, au plus tard le %2$@",
        "timeline.when.by": "au plus tard le %1$@",
        "timeline.when.passed": "dernier jour : %1$@",
        "timeline.next.summary": "%1$@ (%2$@)",

        // `Timeline.countingRule`, `Timeline.disclaimer`.
        "timeline.countingRule.france":
            "Délais comptés à partir du lendemain de l'événement ; en mois, jusqu'au même quantième ; un délai qui finit "
            + "un samedi, un dimanche ou un jour férié est prolongé jusqu'au premier jour ouvrable suivant "
            + "(Code de procédure civile, art. 641–642). Jours ouvrables : du lundi au samedi, jours fériés exclus.",
        "timeline.countingRule.belgium":
            "Délais comptés à partir du lendemain de l'événement ; en mois, jusqu'au même quantième ; un délai qui finit "
            + "un samedi, un dimanche ou un jour férié est reporté au premier jour ouvrable suivant (Code judiciaire, "
            + "art. 52–54) : agissez de préférence avant, les bureaux étant fermés.",
        "timeline.disclaimer":
            "Recours donne des indications, pas un avis juridique : vérifiez les délais auprès de l'organisme, d'un "
            + "service juridique ou d'un avocat.",
        "timeline.countryMissing": "Choisissez le pays (et, en Belgique, le type de litige) : les délais en dépendent.",

        // `Deadline`: a Belgian last day on a weekend or a holiday.
        "timeline.endDay.holiday": "un jour férié (%1$@)",
        "timeline.endDay.saturday": "un samedi",
        "timeline.endDay.sunday": "un dimanche",
        // %1$@ the day the count falls on, %2$@ what it is, %3$@ the legal last day, %4$@ the day to act by.
        "timeline.moved.belgium":
            "Le %1$@ est %2$@ : le dernier jour est reporté au %3$@ (Code judiciaire, art. 53). Les bureaux étant "
            + "fermés ce jour-là, agissez de préférence au plus tard le %4$@.",
        "timeline.moved.france":
            "Le %1$@ est %2$@ : le dernier jour est reporté au %3$@ (Code de procédure civile, art. 642). Les bureaux "
            + "étant fermés ce jour-là, agissez de préférence au plus tard le %4$@.",

        // Names while nothing is chosen (%1$@ of `fund.fallback`: the country's word for a fund).
        "timeline.fund.fallback": "la %1$@",
        "timeline.mediator.fallback": "le médiateur",
        "timeline.mediatorName.fallback": "médiateur de la consommation",

        // Days left ("encore 16 jours"; a sentence: capitalised, with a full stop).
        "timeline.daysLeft.passed": "dépassé",
        "timeline.daysLeft.lastDay": "c'est aujourd'hui le dernier jour",
        "timeline.daysLeft.one": "encore %1$@ jour",
        "timeline.daysLeft.other": "encore %1$@ jours",

        // The dispute's dates.
        "timeline.incident.title": "Incident à l'origine du litige",
        "timeline.decision.title": "Notification de la décision contestée",
        "timeline.decision.title.reference": "Notification de la décision contestée (réf. %1$@)",
        "timeline.decision.detail.belgiumCompulsory": "Point de départ du délai de recours au tribunal du travail.",

        // Stage 1 and 2 (%1$@ of `contact.title.channel`, `complaint.title.mode`: how).
        "timeline.contact.title": "Contact avec le service clientèle",
        "timeline.contact.title.channel": "Contact avec le service clientèle %1$@",
        "timeline.complaint.send.title": "Envoyer la réclamation écrite %1$@",
        "timeline.complaint.send.detail":
            "La réclamation écrite, de préférence par lettre recommandée, fait courir le délai de réponse %1$@ ; la "
            + "médiation n'est possible qu'après elle.",
        "timeline.complaint.title": "Réclamation écrite envoyée",
        "timeline.complaint.title.mode": "Réclamation écrite envoyée %1$@",
        "timeline.complaint.acknowledgment.title": "Accusé de réception de la réclamation",
        "timeline.complaint.acknowledgment.detail":
            "%1$@ doit accuser réception de la réclamation dans un délai de %2$@ à compter de son envoi le %3$@, soit "
            + "au plus tard le %4$@.",
        "timeline.complaint.acknowledgment.elapsed":
            "Sans accusé de réception, gardez la preuve de l'envoi (avis de dépôt du recommandé, copie du formulaire).",
        "timeline.complaint.answer.title": "Réponse %1$@ à la réclamation",
        "timeline.complaint.answer.detail":
            "%1$@ doit répondre dans un délai de %2$@ à compter de l'envoi de la réclamation le %3$@, soit au plus tard "
            + "le %4$@.",
        "timeline.complaint.answer.received": "Réponse reçue le %1$@.",
        "timeline.complaint.answer.overdue": "Sans réponse à ce jour : la médiation est ouverte.",

        // Stage 3.
        "timeline.mediation.title": "Saisine %1$@",
        "timeline.mediation.title.reference": "Saisine %1$@ (réf. %2$@)",
        "timeline.mediation.window.title": "Saisir le médiateur (%1$@)",
        "timeline.mediation.window.detail":
            "Le médiateur de la consommation peut être saisi après un refus écrit ou %1$@ sans réponse à la "
            + "réclamation du %2$@ (%3$@), et au plus tard %4$@ après celle-ci, soit le %5$@.",
        "timeline.mediation.window.tooLate":
            "Ce délai est dépassé : le médiateur refusera le dossier. Consultez un conseil juridique.",
        "timeline.mediation.window.opensOn": "Sans réponse d'ici là, il pourra être saisi à partir du %1$@.",
        "timeline.mediation.window.answered":
            "La réponse du %1$@ ouvre la médiation si elle ne vous satisfait pas. %2$@",
        "timeline.mediation.window.unanswered":
            "La réclamation est restée %1$@ sans réponse : la médiation est ouverte. %2$@",
        "timeline.mediation.belgium.detail":
            "Nos sources ne fixent pas de délai d'attente : %1$@ peut être saisi après la réponse à la réclamation ou, "
            + "sans réponse, une fois le délai de réponse écoulé.",
        "timeline.mediation.belgium.detail.opensOn":
            "Nos sources ne fixent pas de délai d'attente : %1$@ peut être saisi après la réponse à la réclamation ou, "
            + "sans réponse, une fois le délai de réponse écoulé (le %2$@).",
        "timeline.mediation.belgium.noSuspension":
            "La médiation ne suspend pas le délai de recours au tribunal du travail.",
        "timeline.mediation.answer.title": "Réponse %1$@",
        "timeline.mediation.answer.outcome": "Résultat noté : %1$@.",
        "timeline.mediation.answer.overdue": "Sans réponse à ce jour : relancez le médiateur.",
        "timeline.mediation.answer.detail.france":
            "%1$@ rend son avis dans un délai de %2$@ à compter de l'avis de réception du dossier complet, qui suit la "
            + "saisine du %3$@ : compté depuis la saisine, ce serait vers le %4$@ (estimation).",
        "timeline.mediation.answer.detail":
            "%1$@ annonce une réponse dans un délai de %2$@ à compter de la saisine du %3$@, soit au plus tard le %4$@.",

        // Stage 4 and the hard limits.
        "timeline.court.decision.title": "Jugement rendu",
        "timeline.court.appeal.title": "Recours au tribunal du travail (requête)",
        "timeline.court.appeal.decided": "Le tribunal du travail a statué.",
        "timeline.court.appeal.detail":
            "La requête doit être déposée au greffe du tribunal du travail dans les %1$@ qui suivent la notification de "
            + "la décision (%2$@), soit au plus tard le %3$@. Une réclamation ou une médiation ne suspend pas ce délai.",
        "timeline.court.appeal.noMentions":
            "Vous indiquez que la décision ne mentionne pas le tribunal et le délai de recours : selon la Charte de "
            + "l'assuré social (art. 14), le délai de 3 mois n'a peut-être pas commencé. Agissez malgré tout dans ce "
            + "délai si vous le pouvez.",
        "timeline.court.appeal.unsureMentions":
            "Vérifiez si la décision mentionne le tribunal du travail et le délai de recours : sans ces mentions, le "
            + "délai de 3 mois n'a peut-être pas commencé (Charte de l'assuré social, art. 14).",
        "timeline.court.appeal.tooLate":
            "Ce délai est dépassé : un recours tardif est en principe irrecevable. Consultez rapidement un service "
            + "juridique (syndicat, CPAS, avocat).",
        "timeline.court.prescription.title.france": "Action en justice contre la mutuelle (prescription)",
        "timeline.court.prescription.title.contract": "Action en justice (prescription du contrat d'assurance)",
        "timeline.court.prescription.title.benefits":
            "Réclamer les prestations de l'assurance obligatoire (prescription)",
        "timeline.court.prescription.detail.benefits":
            "Le paiement des prestations de l'assurance obligatoire se réclame dans les %1$@ qui suivent la fin du mois "
            + "des soins (%2$@), soit au plus tard le %3$@ (loi coordonnée du 14 juillet 1994, art. 174).",
        "timeline.court.prescription.detail.interrupted":
            "La réclamation envoyée par lettre recommandée le %2$@ a interrompu la prescription : un nouveau délai de "
            + "%1$@ court à partir de cette date, jusqu'au %3$@.",
        "timeline.court.prescription.interruptible":
            "Une réclamation envoyée par lettre recommandée interrompt ce délai, qui recommence alors à courir en entier.",
        "timeline.court.prescription.detail.france":
            "Une action en justice contre la mutuelle doit être introduite dans les %1$@ qui suivent l'incident (%2$@), "
            + "soit au plus tard le %3$@.",
        "timeline.court.prescription.detail.contract":
            "Une action en justice fondée sur le contrat doit être introduite dans les %1$@ qui suivent l'incident "
            + "(%2$@), soit au plus tard le %3$@.",
        "timeline.court.prescription.detail.france.suspended":
            "Une action en justice contre la mutuelle doit être introduite dans les %1$@ qui suivent l'incident (%2$@). "
            + "La médiation engagée le %3$@ suspend ce délai jusqu'à sa fin (Code civil, art. 2238).",
        "timeline.court.prescription.detail.contract.suspended":
            "Une action en justice fondée sur le contrat doit être introduite dans les %1$@ qui suivent l'incident "
            + "(%2$@). La médiation engagée le %3$@ suspend ce délai jusqu'à sa fin (Code civil, art. 2238).",
        "timeline.court.prescription.detail.mediationSuspends":
            "Une médiation suspend ce délai (Code civil, art. 2238).",
        "timeline.court.prescription.suspended.one":
            "Il restera %1$@ jour à compter de la fin de la médiation. Si elle s'achevait aujourd'hui, le dernier jour "
            + "serait le %2$@.",
        "timeline.court.prescription.suspended.other":
            "Il restera %1$@ jours à compter de la fin de la médiation. Si elle s'achevait aujourd'hui, le dernier jour "
            + "serait le %2$@.",
        "timeline.court.prescription.unknownEnd":
            "La médiation engagée le %1$@ a suspendu la prescription (Code civil, art. 2238), mais la date de sa fin "
            + "n'est pas notée : Recours ne compte pas cette suspension et retient la date la plus proche. Le dernier "
            + "jour réel peut être plus tardif.",
        "timeline.court.prescription.tooLate":
            "Ce délai semble dépassé : l'action est peut-être prescrite. Consultez un avocat.",
        "timeline.court.amicableAttempt.title": "Tentative amiable avant le tribunal (demande de %1$@ ou moins)",
        "timeline.court.amicableAttempt.detail":
            "Une demande en justice de %1$@ ou moins doit être précédée d'une tentative de médiation ou de conciliation, "
            + "sinon le tribunal peut la déclarer irrecevable (%2$@).",
        "timeline.court.amicableAttempt.noAmount":
            "Le montant n'étant pas indiqué, Recours considère que cette règle s'applique.",
        "timeline.court.amicableAttempt.done": "La saisine du médiateur en tient lieu.",
        "timeline.court.amicableAttempt.doneOn": "La saisine du médiateur le %1$@ en tient lieu.",

        // A hard limit announced beside the next step.
        "timeline.limit.appeal.passed":
            "Le délai de recours au tribunal du travail a pris fin le %1$@ : consultez un service juridique.",
        "timeline.limit.appeal.close":
            "Recours au tribunal du travail au plus tard le %1$@ (%2$@) : la réclamation et la médiation ne suspendent "
            + "pas ce délai.",
        "timeline.limit.prescription.passed":
            "L'action en justice est peut-être prescrite depuis le %1$@ : consultez un avocat.",
        "timeline.limit.prescription.close": "Prescription de l'action en justice le %1$@ (%2$@).",
        "timeline.limit.prescription.suspended":
            "Prescription suspendue pendant la médiation : peu de temps restera ensuite pour agir en justice.",

        // The next step.
        "timeline.next.contact": "Envoyer le résumé du contact, puis la réclamation écrite",
        "timeline.next.sendComplaint": "Envoyer la réclamation écrite",
        "timeline.next.mediationTooLate": "Délai de saisine du médiateur dépassé : consulter un conseil juridique",
        "timeline.next.answerReceived": "Réponse reçue : saisir le médiateur si elle ne convient pas",
        "timeline.next.awaitComplaintAnswer": "Attendre la réponse à la réclamation",
        "timeline.next.awaitFundAnswer": "Attendre la réponse %1$@",
        "timeline.next.unanswered": "Sans réponse depuis le %1$@ : saisir le médiateur",
        "timeline.next.sendMediation": "Envoyer la demande de médiation",
        "timeline.next.mediationDone": "Médiation terminée : envisager l'action en justice",
        "timeline.next.remindMediator": "Relancer le médiateur, sans réponse depuis le %1$@",
        "timeline.next.awaitMediator": "Attendre la réponse du médiateur",
        "timeline.next.judgment": "Jugement rendu : en cas d'appel, consulter un avocat ou un service juridique",
        "timeline.next.decisionDateMissing": "Indiquer la date de notification de la décision, puis déposer la requête",
        "timeline.next.appealPassed": "Le délai de recours a pris fin le %1$@ au soir : consulter un juriste",
        "timeline.next.fileAppealToday": "Déposer aujourd'hui la requête au tribunal du travail (dernier jour)",
        "timeline.next.fileAppeal": "Déposer la requête au tribunal du travail",
        "timeline.next.amicableFirst":
            "Tenter d'abord la médiation (obligatoire pour une demande de %1$@ ou moins), puis saisir le tribunal",
        "timeline.next.formalNotice": "Envoyer la mise en demeure, puis saisir le tribunal",
        "timeline.next.prescribed": "Action peut-être prescrite depuis le %1$@ : consulter un avocat",

        // The calendar file (`ICalendar`): what an event marks, its summary, the reminder, the calendar's name.
        "calendar.event.due": "date limite",
        "calendar.event.from": "possible à partir d'aujourd'hui",
        "calendar.event.lastDay": "dernier jour",
        "calendar.event.prefix": "%1$@ – ",
        "calendar.event.summary": "%1$@ : %2$@",
        "calendar.alarm": "Rappel : %1$@",
        "calendar.name": "Recours – délais",
        "calendar.name.fund": "Recours – délais (%1$@)",
    ]
}
