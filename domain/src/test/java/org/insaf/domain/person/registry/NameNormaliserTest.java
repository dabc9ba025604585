package org.insaf.domain.person.registry;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spellings FIRs give of one name must give one key; near names of other people must not. */
class NameNormaliserTest {

    @Nested
    class Spellings_of_one_name_give_one_key {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Muhammad Asif          | Mohammad Asif
                Muhammad Asif          | Mohammed Asif
                Muhammad Asif          | Muhammed Asif
                Muhammad Asif          | Mohd. Asif
                Muhammad Asif          | M. Asif
                Muhammad Asif          | Asif
                Muhammad Asif          | MUHAMMAD  ASIF
                Imran Khan             | Imran Khaan
                Imran Khan             | Imran  Khan
                Zia-ul-Haq             | Zia ul Haq
                Zia-ul-Haq             | Ziaulhaq
                Abdul Rehman           | Abdur Rahman
                Abdul Rehman           | Abdurrahman
                Abdul Rehman           | Abd-ur-Rehman
                Ata Ullah              | Ataullah
                Ghulam Rasool          | Ghulam Rasul
                Hussain Shah           | Hussein Shah
                Hussain Shah           | Husain Shah
                Hussain Shah           | Syed Hussain Shah
                Ahmed Raza             | Ahmad Raza
                Mehmood Akhtar         | Mahmood Akhtar
                Mehmood Akhtar         | Mahmud Akhtar
                Rasheed Ahmad          | Rashid Ahmed
                Saleem Akhtar          | Salim Akhtar
                Yousaf Ali             | Yusuf Ali
                Ayesha Bibi            | Aisha
                Umar Farooq            | Omar Farooq
                Usman Ghani            | Osman Ghani
                Haji Nawaz             | Nawaz
                Ch. Aslam              | Chaudhry Aslam
                Dr. Tariq Mehmood      | Tariq Mahmood
                Mst. Shazia Bibi       | Shazia
                Akbar Khan s/o Gul Khan | Akbar Khan
                Akbar Khan S/O Gul Khan | Akbar Khan
                Nasreen d/o Aslam      | Nasreen
                Iqbal Ahmad            | Ikbal Ahmed
                Zaid Hassan            | Zayd Hasan
                Muhammad Ali           | محمد علی
                Imran Khan             | عمران خان
                Akbar Khan             | اکبر خان
                Abdul Rehman           | عبدالرحمان
                Ghulam Abbas           | غلام عباس
                Tariq Mehmood          | طارق محمود
                Aslam                  | حاجی اسلم
                Yousaf                 | یوسف
                """)
        void match(String one, String other) {
            assertThat(NameNormaliser.key(other)).as(other).isEqualTo(NameNormaliser.key(one));
        }
    }

    @Nested
    class Near_names_of_other_people_stay_apart {

        @ParameterizedTest(name = "{0} <> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Javed Iqbal            | Jawad Iqbal
                Imran Khan             | Imran Ahmad
                Ali Raza               | Raza Ali
                Hassan Ali             | Hussain Ali
                Hamid Khan             | Hamza Khan
                Asif Ali               | Arif Ali
                Akbar Khan             | Akram Khan
                Nasir Mehmood          | Nasira Mehmood
                Bilal Ahmad            | Iqbal Ahmad
                Zafar Iqbal            | Zafar Abbas
                Tariq Aziz             | Tahir Aziz
                Saima                  | Salma
                Shahid Khan            | Sajid Khan
                Muhammad Ali           | Muhammad Aslam
                Abdul Rehman           | Abdul Rasheed
                Ghulam Abbas           | Ghulam Haider
                """)
        void noMatch(String one, String other) {
            assertThat(NameNormaliser.key(other)).as(other).isNotEqualTo(NameNormaliser.key(one));
        }
    }

    @Test
    void a_name_of_titles_only_or_nothing_has_an_empty_key() {
        assertThat(NameNormaliser.key("Haji Mr.")).isEmpty();
        assertThat(NameNormaliser.key("  ... ")).isEmpty();
        assertThat(NameNormaliser.key(null)).isEmpty();
    }

    @Test
    void unknown_urdu_words_are_romanised_letter_by_letter_close_to_their_roman_spelling() {
        assertThat(Trigrams.similarity(NameNormaliser.key("کامران"), NameNormaliser.key("Kamran"))).isGreaterThan(0.3);
    }

    @Test
    void the_similarity_is_pg_trgm_s() {
        // pg_trgm: similarity('word', 'words') = 0.5714286 (4 shared of 7)
        assertThat(Trigrams.similarity("word", "words")).isCloseTo(4.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Trigrams.similarity("asif", "asif")).isEqualTo(1.0);
        assertThat(Trigrams.similarity("", "asif")).isZero();
    }
}
