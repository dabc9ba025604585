package org.insaf.generator;

import org.insaf.domain.person.Gender;

import java.util.List;

/** Invented but plausible names, places and numbers for the people of generated cases. */
final class Names {

    private static final List<String> FEMALE = List.of("Ayesha", "Fatima", "Zainab", "Maryam", "Sana", "Nadia", "Rukhsana",
            "Tahira", "Farzana", "Nasreen", "Samina", "Kiran", "Rabia", "Sumaira", "Bushra", "Amina", "Hina", "Saima",
            "Parveen", "Razia", "Shabana", "Naseem", "Mehwish", "Iqra", "Sidra", "Bibi Gul", "Zarmina", "Gulalai",
            "Shamim", "Mariam");
    private static final List<String> MALE = List.of("Muhammad", "Ali", "Ahmed", "Hassan", "Bilal", "Imran", "Tariq", "Asif",
            "Naveed", "Kamran", "Shahid", "Zahid", "Rashid", "Sajid", "Waqas", "Faisal", "Usman", "Irfan", "Gul Khan",
            "Sher Ali", "Akbar", "Iqbal", "Javed", "Arshad", "Pervez", "Yasir", "Adnan", "Noman", "Fahad", "Zubair");
    private static final List<String> FAMILY = List.of("Khan", "Ahmed", "Malik", "Butt", "Qureshi", "Chaudhry", "Sheikh",
            "Awan", "Baloch", "Mengal", "Shah", "Bhatti", "Masih", "Gill", "Jatoi", "Memon", "Soomro", "Afridi", "Yousafzai",
            "Khattak", "Abbasi", "Rajput", "Arain", "Mughal", "Hazara", "Bibi", "Mirza", "Siddiqui", "Ansari", "Laghari");
    private static final List<String> FOREIGN_FEMALE = List.of("Mahbooba", "Shirin", "Nargis", "Rahima", "Dilnoza",
            "Gulnara", "Leyla", "Anjali", "Sabina", "Fatema");
    private static final List<String> FOREIGN_MALE = List.of("Abdul Wali", "Rahmatullah", "Jamshid", "Rustam", "Karim",
            "Farhad", "Rafiq", "Anwar", "Sardor", "Habibullah");
    private static final List<String> DISTRICTS = List.of("Lahore", "Kasur", "Sheikhupura", "Faisalabad", "Gujranwala",
            "Sialkot", "Multan", "Bahawalpur", "Rahim Yar Khan", "Dera Ghazi Khan", "Karachi", "Hyderabad", "Sukkur",
            "Larkana", "Tharparkar", "Peshawar", "Mardan", "Swat", "Quetta", "Gwadar", "Islamabad", "Rawalpindi",
            "Mandi Bahauddin", "Gujrat", "Jhelum", "Okara", "Sahiwal", "Umerkot", "Turbat", "Chitral");
    private static final List<String> AGENCIES = List.of("Overseas Employment Promoters", "Travel and Tours", "Manpower Services",
            "Recruiting Agency", "Trade Links");

    private Names() {
    }

    static String person(Sampler dice, Gender gender, boolean pakistani) {
        boolean female = gender == Gender.FEMALE || (gender != Gender.MALE && dice.chance(0.5));
        if (!pakistani) {
            return dice.oneOf(female ? FOREIGN_FEMALE : FOREIGN_MALE) + " " + dice.oneOf(female ? FOREIGN_FEMALE : FOREIGN_MALE);
        }
        return dice.oneOf(female ? FEMALE : MALE) + " " + dice.oneOf(FAMILY);
    }

    static String organisation(Sampler dice, boolean militant) {
        if (militant) {
            return "Unnamed non-state armed group (" + dice.oneOf(List.of("Khyber", "Kurram", "Waziristan", "Bajaur",
                    "Kunar", "Nangarhar")) + ")";
        }
        return dice.oneOf(FAMILY) + " " + dice.oneOf(AGENCIES) + " (Pvt) Ltd";
    }

    static String district(Sampler dice) {
        return dice.oneOf(DISTRICTS);
    }

    /** 12345-1234567-1: the first digit is a province code (1 to 7). */
    static String cnic(Sampler dice) {
        return String.format("%d%04d-%07d-%d", dice.between(1, 7), dice.between(0, 9999), dice.between(0, 9_999_999),
                dice.between(0, 9));
    }

    static String mobile(Sampler dice) {
        return String.format("03%02d-%07d", dice.between(0, 49), dice.between(0, 9_999_999));
    }
}
