package org.insaf.adapters.graphql.desk;

import org.apache.commons.text.StringEscapeUtils;
import org.insaf.application.casefile.desk.CauseList;
import org.insaf.application.casefile.desk.CaseOnList;
import org.insaf.domain.casefile.CustodyStatus;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The cause list in the form trial courts post it each morning: the court and the day, then a
 * table of serial number, case title ("State vs" the accused, with those in custody marked), FIR
 * number and the office that recorded it, the stage, and an empty "next date" column the reader
 * fills in at the hearing. Every value is escaped; no victim is named, not even by pseudonym.
 */
final class CauseListPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private CauseListPage() {
    }

    static String html(CauseList list) {
        StringBuilder html = new StringBuilder(1024 + 256 * list.entries().size());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cause list: ")
                .append(escape(list.court())).append(", ").append(list.date()).append("</title>\n")
                .append("<style>body{font-family:serif;margin:2em}table{border-collapse:collapse;width:100%}"
                        + "th,td{border:1px solid #000;padding:4px 6px;text-align:left;vertical-align:top}"
                        + "td.next{min-width:8em}</style>\n</head>\n<body>\n")
                .append("<h1>Cause list</h1>\n<p class=\"court\">In the court of ").append(escape(list.court()))
                .append("</p>\n<p class=\"date\">Cases fixed for <time datetime=\"").append(list.date()).append("\">")
                .append(DAY.format(list.date())).append("</time></p>\n")
                .append("<p class=\"order\">Order: ").append(escape(CauseList.ORDER)).append(".</p>\n");
        if (list.entries().isEmpty()) {
            html.append("<p class=\"empty\">No case open to you is fixed for this day.</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th>Sr. No.</th><th>Case title</th><th>FIR No. / police station</th>"
                    + "<th>Stage</th><th>Next date</th></tr></thead>\n<tbody>\n");
            for (CauseList.Entry entry : list.entries()) {
                CaseOnList c = entry.theCase();
                html.append("<tr><td>").append(entry.serial()).append("</td><td>").append(title(c))
                        .append("</td><td>").append(escape(c.firNumber())).append(" / ").append(escape(c.registeredAt()))
                        .append("</td><td>").append(c.stage().map(s -> escape(s.due())).orElse(""))
                        .append("</td><td class=\"next\"></td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String title(CaseOnList c) {
        StringBuilder title = new StringBuilder("State vs ");
        if (c.accused().isEmpty()) {
            return title.append("unknown accused").toString();
        }
        for (int i = 0; i < c.accused().size(); i++) {
            CaseOnList.AccusedOnList a = c.accused().get(i);
            title.append(i == 0 ? "" : ", ").append(escape(a.name()));
            if (a.custody() == CustodyStatus.IN_CUSTODY) {
                title.append(" (in custody)");
            }
        }
        return title.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : StringEscapeUtils.escapeHtml4(text);
    }
}
