package org.insaf.application.port.in;

import org.insaf.application.access.Actor;
import org.insaf.application.casefile.CaseView;
import org.insaf.application.error.InvalidCommand;
import org.insaf.domain.casefile.FiaCircle;
import org.insaf.domain.casefile.FirNumber;
import org.insaf.domain.casefile.InvestigatingOffice;
import org.insaf.domain.statute.StatuteCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Registers an FIR as a new case of the investigator's own office (FIA circle or police station); the investigator leads it. */
public interface RegisterCaseUseCase {

    CaseView registerCase(Command command);

    /**
     * @param sections      codes of the statute catalogue
     * @param otherSections sections of other laws the catalogue does not hold, as written; kept for
     *                      the record and never counted, advised on or charged
     */
    record Command(Actor actor, FirNumber firNumber, InvestigatingOffice office, LocalDate registeredOn,
                   Set<StatuteCode> sections, List<String> otherSections) {

        public Command(Actor actor, FirNumber firNumber, FiaCircle office, LocalDate registeredOn, Set<StatuteCode> sections) {
            this(actor, firNumber, office, registeredOn, sections, List.of());
        }

        /** At an FIA circle. */
        public Command(Actor actor, FirNumber firNumber, FiaCircle office, LocalDate registeredOn,
                       Set<StatuteCode> sections, List<String> otherSections) {
            this(actor, firNumber, office == null ? null : InvestigatingOffice.of(office), registeredOn, sections,
                    otherSections);
        }

        public Command {
            InvalidCommand.required(actor, "actor");
            InvalidCommand.required(firNumber, "the FIR number");
            InputLimits.text(firNumber.value(), InputLimits.FIR_NUMBER, "firNumber");
            InvalidCommand.required(office, "the office");
            InputLimits.text(office.code(), InputLimits.OFFICE, "office");
            office.district().ifPresent(d -> InputLimits.text(d, InputLimits.DISTRICT, "district"));
            InvalidCommand.required(registeredOn, "the date of registration");
            InputLimits.date(registeredOn, "registeredOn");
            InvalidCommand.check(sections != null && !sections.isEmpty(), "an FIR is registered under at least one section");
            InputLimits.count(sections, InputLimits.MAX_SECTIONS, "sections");
            sections = Set.copyOf(sections);
            otherSections = otherSections == null ? List.of() : otherSections;
            InputLimits.count(otherSections, InputLimits.MAX_SECTIONS, "otherSections");
            for (String section : otherSections) {
                InvalidCommand.check(section != null && !section.isBlank(), "otherSections holds a blank section");
                InputLimits.text(section.strip(), InputLimits.OTHER_SECTION, "otherSections");
            }
            otherSections = otherSections.stream().map(String::strip).distinct().toList();
        }
    }
}
