package org.activationlab.ui.shootout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CSV file added to the Shoot-out tab's tasks: read once, or refused with the reason in the current language. */
class TaskFileTest {
    private final Locale original = Locale.getDefault();
    @TempDir
    Path tmp;

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    /**
     * The file's content ({@code \n} for a line break, {@code UTF16}: a table in UTF-16, {@code MANY}: one
     * row too many), and the start of the reason in English and in Chinese (none for a good file).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "good|x1,x2,label\\n0,0,1\\n1,1,0\\n||",
        "missing||No such file: FILE.|没有这个文件：FILE。",
        "utf16|UTF16|FILE is not UTF-8 text|FILE 不是 UTF-8 文本",
        "header|a,b\\n1,2\\n|FILE: line 1: |FILE：第 1 行：",
        "label|x1,x2,label\\n0,0,3\\n|FILE: line 2: |FILE：第 2 行：",
        "tooMany|MANY|FILE: line 100002: |FILE：第 100002 行：",
    })
    void aFileIsReadOrRefusedWithItsReason(String name, String content, String english, String chinese)
            throws IOException {
        Path file = tmp.resolve(name + ".csv");
        if ("UTF16".equals(content)) {
            Files.write(file, "x,y\n1,2\n".getBytes(StandardCharsets.UTF_16));
        } else if ("MANY".equals(content)) {
            Files.writeString(file, "x,y\n" + "1,2\n".repeat(100_001));
        } else if (content != null) {
            Files.writeString(file, content.replace("\\n", "\n"));
        }
        Locale.setDefault(Locale.ENGLISH);
        TaskFile en = TaskFile.read(file);
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        TaskFile zh = TaskFile.read(file);
        assertThat(en.path()).isEqualTo(file);
        if (english == null) {
            assertThat(en.readable()).isTrue();
            assertThat(en.problem()).isEmpty();
            assertThat(en.data().orElseThrow().data().size()).isEqualTo(2);
            return;
        }
        assertThat(en.readable()).isFalse();
        assertThat(en.data()).isEmpty();
        assertThat(en.problem()).startsWith(english.replace("FILE", file.toString()));
        assertThat(zh.problem()).startsWith(chinese.replace("FILE", file.toString()));
    }
}
