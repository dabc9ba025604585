package org.insaf.domain.person.registry;

import org.insaf.domain.shared.InvalidValueException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is known of a person across cases: the names as FIRs wrote them (the first is the main one,
 * the others aliases, in any script), the father's name, CNIC, passport, telephone numbers and home
 * district. Everything but one name may be unknown.
 *
 * @param cnic     12345-1234567-1, or null
 * @param passport letters and digits as printed (upper case), or null
 * @param district the home district as written (e.g. "Gujranwala"), or null
 */
public record PersonParticulars(List<String> names, String fatherName, String cnic, String passport,
                                Set<PhoneNumber> phones, String district) {

    private static final Pattern CNIC = Pattern.compile("\\d{5}-\\d{7}-\\d");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

    public PersonParticulars {
        InvalidValueException.required(names, "names");
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String name : names) {
            distinct.add(InvalidValueException.requiredText(name, "name"));
        }
        InvalidValueException.check(!distinct.isEmpty(), "REQUIRED", "a person has at least one name");
        names = List.copyOf(distinct);
        fatherName = blankToNull(fatherName);
        cnic = blankToNull(cnic);
        InvalidValueException.check(cnic == null || CNIC.matcher(cnic).matches(), "CNIC_FORMAT",
                "a CNIC reads 12345-1234567-1");
        passport = blankToNull(passport);
        passport = passport == null ? null : passport.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        InvalidValueException.check(passport == null || PASSPORT.matcher(passport).matches(), "PASSPORT_FORMAT",
                "a passport number has 5 to 20 letters and digits");
        Set<PhoneNumber> numbers = new LinkedHashSet<>();
        if (phones != null) {
            for (PhoneNumber phone : phones) {
                numbers.add(InvalidValueException.required(phone, "telephone number"));
            }
        }
        phones = Collections.unmodifiableSet(numbers);
        district = blankToNull(district);
    }

    public static PersonParticulars named(String name) {
        return new PersonParticulars(List.of(name), null, null, null, Set.of(), null);
    }

    /** The main name, as first written. */
    public String name() {
        return names.get(0);
    }

    /** The matching keys of every name, without the empty ones (names of titles only). */
    public List<String> nameKeys() {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            String key = NameNormaliser.key(name);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    public Optional<String> fatherKey() {
        return Optional.ofNullable(fatherName).map(NameNormaliser::key).filter(k -> !k.isEmpty());
    }

    public Optional<String> districtKey() {
        return Optional.ofNullable(district).map(d -> d.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", ""))
                .filter(k -> !k.isEmpty());
    }

    /** These particulars with what the other knows added where these know nothing (names: all of both). */
    public PersonParticulars with(PersonParticulars more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(more.names);
        Set<PhoneNumber> numbers = new LinkedHashSet<>(phones);
        numbers.addAll(more.phones);
        return new PersonParticulars(all, fatherName != null ? fatherName : more.fatherName,
                cnic != null ? cnic : more.cnic, passport != null ? passport : more.passport, numbers,
                district != null ? district : more.district);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        // Particulars may be a victim's: never print them.
        return "PersonParticulars[protected]";
    }
}
