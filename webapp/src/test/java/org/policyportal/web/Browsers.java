package org.policyportal.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests: one place for the driver path, the flags that keep it off the
 * network (only loopback pages load), and screenshots under {@code target/screenshots/}.
 */
public final class Browsers {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browsers() {
    }

    /** Skips the calling test class when chromedriver is not installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER), "chromedriver not installed");
    }

    /** A fresh headless Chromium with its own empty profile (under {@code target/}), 1280×1000. */
    public static WebDriver headlessChromium() throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + TestDirs.create("chromium-profile"), "--proxy-server=http://127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.*");
        WebDriver driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        return driver;
    }

    /**
     * Quits {@code driver}, then closes {@code resources} in order; nulls are skipped (a class whose set-up was
     * skipped, because chromedriver is absent, or failed part-way).
     */
    public static void quitAndClose(WebDriver driver, AutoCloseable... resources) throws Exception {
        if (driver != null) {
            driver.quit();
        }
        for (AutoCloseable r : resources) {
            if (r != null) {
                r.close();
            }
        }
    }

    /** Saves the current page as {@code target/screenshots/<name>}, a test artefact. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
