package org.insaf.domain.casefile;

import org.insaf.domain.shared.InvalidValueException;

import java.util.Optional;

/**
 * The office that investigates a case: an FIA circle (e.g. "FIA-AHTC-LAHORE") or a provincial police
 * station, named by its code (the identity provider gives investigators the same code in their
 * token). A police station always says its province and district, for the figures by province; an
 * FIA circle may say its province. Two offices are the same office when agency and code agree.
 *
 * @param code     the office's code, unique within its agency
 * @param province where it is; required for a police station
 * @param district the district of a police station; an FIA circle has none
 */
public record InvestigatingOffice(Agency agency, String code, Optional<Province> province, Optional<String> district) {

    public InvestigatingOffice {
        InvalidValueException.required(agency, "agency");
        code = InvalidValueException.requiredText(code, "office code");
        province = province == null ? Optional.empty() : province;
        district = district == null ? Optional.empty() : district.map(String::strip);
        InvalidValueException.check(district.map(d -> !d.isEmpty()).orElse(true), "OFFICE_DISTRICT",
                "a district, where given, is named");
        if (agency == Agency.PROVINCIAL_POLICE) {
            InvalidValueException.check(province.isPresent() && district.isPresent(), "POLICE_STATION_PLACE",
                    "a police station is recorded with its province and district");
        } else {
            InvalidValueException.check(district.isEmpty(), "FIA_CIRCLE_PLACE",
                    "an FIA circle is recorded without a district (its province may be given)");
        }
    }

    /** An FIA circle, as every case was recorded before police stations were. */
    public static InvestigatingOffice of(FiaCircle circle) {
        return new InvestigatingOffice(Agency.FIA, InvalidValueException.required(circle, "FIA circle").name(),
                Optional.empty(), Optional.empty());
    }

    public static InvestigatingOffice policeStation(String code, Province province, String district) {
        return new InvestigatingOffice(Agency.PROVINCIAL_POLICE, code, Optional.ofNullable(province),
                Optional.ofNullable(district));
    }

    /** Same agency and code: the same office, whatever place was written with it. */
    public boolean isSameOfficeAs(InvestigatingOffice other) {
        return agency == other.agency && code.equals(other.code);
    }

    /** The office's code as the older API called it (the FIA circle). */
    public FiaCircle asCircle() {
        return new FiaCircle(code);
    }

    @Override
    public String toString() {
        return code + " (" + agency.describe() + district.map(d -> ", " + d).orElse("")
                + province.map(p -> ", " + p).orElse("") + ")";
    }
}
