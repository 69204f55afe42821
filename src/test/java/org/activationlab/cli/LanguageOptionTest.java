package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --lang en|zh}: chosen before parsing, so errors and picocli's help follow it; exit statuses do not change. */
class LanguageOptionTest {
    private final Locale original = Locale.getDefault();

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lang zh sample --function sigmod --from 0 --to 1 --points 3 | activation-lab sample: 未知的激活函数 'sigmod'；您是不是想输入 sigmoid",
        "sample --lang zh --function sigmod --from 0 --to 1 --points 3 | activation-lab sample: 未知的激活函数 'sigmod'",
        "--lang=zh sample --function relu --param slope=1 --from 0 --to 1 --points 3 | activation-lab sample: relu 没有参数 'slope'；它没有任何参数",
        "--lang zh sample --function elu --param alpha=nan --from 0 --to 1 --points 3 | 选项 '--param' (KEY=VALUE) 的值无效：在 alpha=nan 中，nan 不是有限实数",
        "--lang zh properties --function celu --param alpha=0 | activation-lab properties: celu 的参数 'alpha' 必须是满足 > 0 的有限实数，实际为 0",
        "--lang zh sample --function relu --from 1 --to 0 --points 3 | --from 必须小于 --to",
        "--lang zh sample --function relu --from 0 --to 1 | activation-lab sample: 缺少必需的选项：'--points=N'",
        "--lang zh sample --function relu --from 0 --to 1 --points 3 --fromm 2 | 未知的选项或参数：'--fromm', '2'；您是不是想输入 --from？",
        "--lang zh depth --activation tanh --init normal --layers 3 --width 10 | --init normal 需要 --std S",
        "--lang en sample --function sigmod --from 0 --to 1 --points 3 | activation-lab sample: unknown function 'sigmod'; did you mean sigmoid",
    })
    void badInputIsReportedInTheChosenLanguageWithStatusTwo(String args, String expected) {
        Run r = run(args.strip().split(" +"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(expected.strip());
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lang xx list     | activation-lab: --lang must be one of en, zh, got 'xx'",
        "--lang=ZH list     | activation-lab: --lang must be one of en, zh, got 'ZH'",
        "list --lang        | activation-lab: --lang must be one of en, zh, got ''",
    })
    void anUnknownLanguageIsOneLineAndStatusTwo(String args, String expected) {
        Locale.setDefault(Locale.ENGLISH);
        Run r = run(args.strip().split(" +"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(expected.strip() + System.lineSeparator());
    }

    @Test
    void helpIsTranslatedIncludingPicocliHeadings() {
        Run zh = run("--lang", "zh", "sample", "--help");
        assertThat(zh.status()).isZero();
        assertThat(zh.out()).startsWith("用法：activation-lab sample").contains("以 CSV 输出 x,f,df")
                .contains("行数，从 2 到 " + SampleCommand.MAX_POINTS + "。").contains("退出状态：").contains("显示本帮助信息并退出。");
        Run en = run("--lang", "en", "sample", "--help");
        assertThat(en.out()).startsWith("Usage: activation-lab sample").contains("Number of rows, from 2 to "
                + SampleCommand.MAX_POINTS + ".").contains("Exit status:");
    }

    /** Help texts that name limits state the limits the code enforces. */
    @Test
    void helpStatesTheLimitsTheCommandsCheck() {
        for (String lang : new String[] {"en", "zh"}) {
            String depth = run("--lang", lang, "depth", "--help").out();
            assertThat(depth).contains(org.activationlab.nn.depth.DepthConfig.MIN_LAYERS + " ")
                    .contains(org.activationlab.nn.depth.DepthConfig.MAX_LAYERS + "")
                    .contains(org.activationlab.nn.depth.DepthConfig.MAX_WIDTH + "")
                    .contains(org.activationlab.nn.depth.DepthConfig.BATCH_SIZE + " ");
            String train = run("--lang", lang, "train", "--help").out().replaceAll("\\s+", " ");
            assertThat(train).contains(TrainCommand.MAX_STEPS + "").contains(TrainCommand.MIN_POINTS + " ")
                    .contains(TrainCommand.MAX_POINTS + "");
        }
    }

    @ParameterizedTest
    @CsvSource({"zh_CN, 未知的激活函数", "zh_TW, 未知的激活函数", "zh, 未知的激活函数", "en_US, unknown function", "fr_FR, unknown function",
        "ja_JP, unknown function"})
    void withoutLangTheSystemLocaleDecides(String system, String expected) {
        Locale.setDefault(Locale.forLanguageTag(system.replace('_', '-')));
        Run r = run("sample", "--function", "sigmod", "--from", "0", "--to", "1", "--points", "3");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(expected);
    }

    @Test
    void theCallersLocaleIsRestoredAfterARun() {
        Locale.setDefault(Locale.FRANCE);
        run("--lang", "zh", "list");
        assertThat(Locale.getDefault()).isEqualTo(Locale.FRANCE);
    }

    @Test
    void propertiesTableIsTranslatedAndAligned() {
        Run r = run("--lang", "zh", "properties", "--function", "relu");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines()).contains("单调        是，单调不减", "死区        x <= 0（f' = 0 的区域）",
                "函数        relu (ReLU)");
    }
}
