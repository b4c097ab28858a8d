package care.unknot.diary.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportServiceTest {

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(ExportService.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ExportService.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ExportService.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ExportService.cell("plain")).isEqualTo("plain");
        assertThat(ExportService.cell(null)).isEmpty();
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(ExportService.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(ExportService.cell("+1")).isEqualTo("'+1");
        assertThat(ExportService.cell(-1)).isEqualTo("-1");
    }
}
