package org.insaf.domain.person.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a Pakistani name as an FIR writes it (romanised in any of the usual spellings, or in Urdu
 * script) into one matching key: the spellings of one name give the same key, so an exact key match
 * or a close trigram similarity of keys finds the same person written differently.
 *
 * <p>What it folds: letter case and accents; punctuation and the spacing of compound names
 * ("Zia-ul-Haq", "Zia ul Haq", "Ziaulhaq"); titles and honorifics ("Haji", "Syed", "Ch.", "Mr");
 * the relation that introduces a father's or husband's name ("s/o", "bin", "walad": the name stops
 * there); the common spelling variants of a name (Muhammad/Mohammad/Mohd, Hussain/Hussein,
 * Rehman/Rahman, Khan/Khaan) and of vowels and doubled letters; common Urdu-script names and, for
 * other Urdu words, a letter-by-letter romanisation. "Muhammad" before another name is left out,
 * as FIRs add or drop it freely.
 */
public final class NameNormaliser {

    /** Raised whenever a change gives some name another key: stored keys of older versions are remade. */
    public static final int VERSION = 1;

    /** Common names in Urdu script, to the romanised form the rest of the folding starts from. */
    private static final Map<String, String> URDU_NAMES = Map.ofEntries(
            Map.entry("محمد", "muhammad"), Map.entry("علی", "ali"), Map.entry("خان", "khan"),
            Map.entry("احمد", "ahmad"), Map.entry("حسین", "hussain"), Map.entry("حسن", "hassan"),
            Map.entry("اقبال", "iqbal"), Map.entry("بی", "bi"), Map.entry("فاطمہ", "fatima"),
            Map.entry("شاہ", "shah"), Map.entry("اللہ", "ullah"), Map.entry("الله", "ullah"),
            Map.entry("رحمان", "rehman"), Map.entry("رحمن", "rehman"), Map.entry("عبد", "abdul"),
            Map.entry("عبدال", "abdul"), Map.entry("اکبر", "akbar"), Map.entry("اسلم", "aslam"),
            Map.entry("اکرم", "akram"), Map.entry("رضا", "raza"), Map.entry("عمر", "umar"),
            Map.entry("عثمان", "usman"), Map.entry("بلال", "bilal"), Map.entry("طارق", "tariq"),
            Map.entry("جاوید", "javed"), Map.entry("نواز", "nawaz"), Map.entry("بیگم", "begum"),
            Map.entry("عائشہ", "aisha"), Map.entry("زینب", "zainab"), Map.entry("مریم", "maryam"),
            Map.entry("یوسف", "yusuf"), Map.entry("ابراہیم", "ibrahim"), Map.entry("اسماعیل", "ismail"),
            Map.entry("محمود", "mehmood"), Map.entry("ناصر", "nasir"), Map.entry("شریف", "sharif"),
            Map.entry("رشید", "rasheed"), Map.entry("غلام", "ghulam"), Map.entry("بخش", "bakhsh"),
            Map.entry("گل", "gul"), Map.entry("نور", "noor"), Map.entry("دین", "din"), Map.entry("الدین", "uddin"),
            Map.entry("قادر", "qadir"), Map.entry("صدیق", "siddique"), Map.entry("مجید", "majeed"),
            Map.entry("حمید", "hameed"), Map.entry("سلیم", "saleem"), Map.entry("کریم", "karim"),
            Map.entry("عباس", "abbas"), Map.entry("حیدر", "haider"), Map.entry("بٹ", "butt"),
            Map.entry("ملک", "malik"), Map.entry("چوہدری", "chaudhry"), Map.entry("سید", "syed"),
            Map.entry("حاجی", "haji"), Map.entry("ولد", "walad"), Map.entry("بنت", "bint"),
            Map.entry("زوجہ", "zauja"), Map.entry("آصف", "asif"), Map.entry("عمران", "imran"),
            Map.entry("شاہد", "shahid"), Map.entry("ظفر", "zafar"), Map.entry("وسیم", "waseem"),
            Map.entry("پروین", "parveen"), Map.entry("نسرین", "nasreen"), Map.entry("شازیہ", "shazia"),
            Map.entry("صائمہ", "saima"), Map.entry("کوثر", "kausar"), Map.entry("جمیلہ", "jameela"));

    /** Urdu letters, one by one, for words that are not in the list above. */
    private static final Map<Character, String> URDU_LETTERS = Map.ofEntries(
            Map.entry('ا', "a"), Map.entry('آ', "a"), Map.entry('ب', "b"), Map.entry('پ', "p"), Map.entry('ت', "t"),
            Map.entry('ٹ', "t"), Map.entry('ث', "s"), Map.entry('ج', "j"), Map.entry('چ', "ch"), Map.entry('ح', "h"),
            Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ڈ', "d"), Map.entry('ذ', "z"), Map.entry('ر', "r"),
            Map.entry('ڑ', "r"), Map.entry('ز', "z"), Map.entry('ژ', "zh"), Map.entry('س', "s"), Map.entry('ش', "sh"),
            Map.entry('ص', "s"), Map.entry('ض', "z"), Map.entry('ط', "t"), Map.entry('ظ', "z"), Map.entry('ع', "a"),
            Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ک', "k"), Map.entry('ك', "k"),
            Map.entry('گ', "g"), Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ں', "n"),
            Map.entry('و', "o"), Map.entry('ہ', "h"), Map.entry('ھ', "h"), Map.entry('ە', "a"), Map.entry('ء', ""),
            Map.entry('ی', "i"), Map.entry('ي', "i"), Map.entry('ے', "e"), Map.entry('ئ', "i"), Map.entry('ة', "a"));

    /** Titles and honorifics, which FIRs write or leave out at will. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "haji", "hajji", "alhaj",
            "alhajj", "hafiz", "mian", "ch", "chaudhry", "chaudhary", "choudhry", "chaudhri", "chohdry", "syed",
            "sayed", "sayyid", "saiyid", "sayyed", "mirza", "rana", "sardar", "maulana", "molana", "mulla", "mullah",
            "qazi", "janab", "begum", "bibi", "sahib", "sahab", "mst", "mosammat", "musammat", "alias", "urf");

    /** Words that introduce a father's or husband's name: the person's own name ends before them. */
    private static final Set<String> RELATIONS = Set.of("so", "do", "wo", "bin", "ibn", "bint", "walad", "wald",
            "zauja", "zoja", "son", "daughter", "wife");

    /** Spellings of the same name, to one form. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("mohammad", "muhammad"), Map.entry("mohammed", "muhammad"), Map.entry("muhammed", "muhammad"),
            Map.entry("mohamed", "muhammad"), Map.entry("mohamad", "muhammad"), Map.entry("muhamad", "muhammad"),
            Map.entry("mohd", "muhammad"), Map.entry("muhd", "muhammad"), Map.entry("md", "muhammad"),
            Map.entry("mahomed", "muhammad"), Map.entry("mohammod", "muhammad"), Map.entry("mhd", "muhammad"),
            Map.entry("m", "muhammad"), Map.entry("mohmmad", "muhammad"), Map.entry("muhmmad", "muhammad"),
            Map.entry("yousaf", "yusuf"), Map.entry("yousuf", "yusuf"), Map.entry("yusaf", "yusuf"),
            Map.entry("yousef", "yusuf"), Map.entry("yusef", "yusuf"),
            Map.entry("ayesha", "aisha"), Map.entry("aysha", "aisha"), Map.entry("ayisha", "aisha"),
            Map.entry("khaan", "khan"), Map.entry("kahn", "khan"));

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern ABD = Pattern.compile("^abd(?:ul|ur|us|un|ud|al|el|ar|as|ul|u)?");
    private static final Pattern ARTICLE = Pattern.compile("(?<=..)u[lrsdn](?=[rsdntz])");
    private static final Set<String> PARTICLES = Set.of("ul", "ud", "ur", "us", "un", "al", "el", "ad", "ar", "as",
            "ullah", "ulla", "ulah", "allah", "uddin", "udin", "ud-din", "din", "deen");
    private static final Set<String> JOINS_NEXT = Set.of("abdul", "abd", "abdur", "abdus", "abdun", "abdal", "abdel",
            "ghulam", "noor", "nur", "fazal", "fazl", "zia", "inam", "ata", "aziz", "rahmat", "habib", "ahsan");

    private NameNormaliser() {
    }

    /** The matching key of a name as written; empty when nothing of a name is left (only titles). */
    public static String key(String written) {
        return String.join(" ", tokens(written));
    }

    /** The key's words, in the order written. */
    public static List<String> tokens(String written) {
        if (written == null) {
            return List.of();
        }
        String text = written.replace("s/o", " so ").replace("S/O", " so ").replace("S/o", " so ")
                .replace("d/o", " do ").replace("D/O", " do ").replace("D/o", " do ")
                .replace("w/o", " wo ").replace("W/O", " wo ").replace("W/o", " wo ");
        List<String> words = new ArrayList<>();
        for (String raw : text.split("[\\s\\p{Punct}\\u060C\\u06D4\\u200C\\u200D]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String word = romanised(raw).toLowerCase(Locale.ROOT);
            word = COMBINING.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
            word = NOT_A_LETTER.matcher(word).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            if (RELATIONS.contains(word)) {
                break;
            }
            if (!TITLES.contains(word)) {
                words.add(SPELLINGS.getOrDefault(word, word));
            }
        }
        List<String> joined = joinedCompounds(words);
        List<String> folded = new ArrayList<>();
        for (String word : joined) {
            String f = folded(word);
            if (!f.isEmpty()) {
                folded.add(f);
            }
        }
        if (folded.size() > 1 && folded.get(0).equals(MUHAMMAD)) {
            folded.remove(0);
        }
        return List.copyOf(folded);
    }

    private static final String MUHAMMAD = folded("muhammad");

    private static String romanised(String word) {
        String known = URDU_NAMES.get(word);
        if (known != null) {
            return known;
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean urdu = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String letter = URDU_LETTERS.get(c);
            if (letter != null) {
                out.append(letter);
                urdu = true;
            } else {
                out.append(c);
            }
        }
        if (!urdu) {
            return word;
        }
        // An Urdu word that starts with a known name and ends with a particle or a known name (عبدالرحمان).
        for (Map.Entry<String, String> name : URDU_NAMES.entrySet()) {
            if (word.length() > name.getKey().length() && word.startsWith(name.getKey())) {
                String rest = URDU_NAMES.get(word.substring(name.getKey().length()));
                if (rest != null) {
                    return name.getValue() + rest;
                }
            }
        }
        return out.toString();
    }

    /** "Zia ul Haq", "Abdul Rehman", "Ata Ullah": one word, as "Ziaulhaq", "Abdurrehman", "Ataullah" are. */
    private static List<String> joinedCompounds(List<String> words) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            StringBuilder word = new StringBuilder(words.get(i));
            boolean joinNext = JOINS_NEXT.contains(words.get(i));
            i++;
            while (i < words.size() && (joinNext || PARTICLES.contains(words.get(i)))) {
                boolean particle = PARTICLES.contains(words.get(i));
                word.append(words.get(i));
                i++;
                // A particle binds to the word after it too: "zia ul haq".
                joinNext = particle && words.get(i - 1).length() <= 2;
            }
            out.add(word.toString());
        }
        return out;
    }

    /** Vowels, doubled letters and interchangeable consonants of romanised Urdu, folded. */
    private static String folded(String word) {
        String w = ABD.matcher(word).replaceFirst("abd");
        w = w.replace("ph", "f").replace("q", "k")
                .replace("ee", "i").replace("oo", "u").replace("ou", "u")
                .replace("ie", "i").replace("ey", "i").replace("ay", "ai")
                .replace("o", "u").replace("e", "a");
        // "ul"/"ur"/"us" articles inside a compound sound as the next consonant: abdurrahman = abdulrahman.
        w = ARTICLE.matcher(w).replaceAll("u");
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i == 0 || c != w.charAt(i - 1)) {
                out.append(c);
            }
        }
        String s = out.toString();
        if (s.length() > 2 && s.endsWith("y")) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        if (s.length() > 3 && s.endsWith("h") && !s.endsWith("sh") && !s.endsWith("kh") && !s.endsWith("gh")
                && !s.endsWith("ch")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
