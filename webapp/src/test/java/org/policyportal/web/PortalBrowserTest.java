package org.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's walk through the portal over the bundled corpus in headless Chromium: search, pick two countries, add
 * a standard, open a
 * clause, go back with the filters intact. Screenshots go to {@code target/screenshots/}. Skipped when
 * {@code /usr/bin/chromedriver} is absent. Runs in plain surefire (a few seconds).
 */
@Tag("browser")
class PortalBrowserTest {


    static TestPortal portal;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Browsers.assumeAvailable();
        portal = BundledCorpus.get().portal();
        driver = Browsers.headlessChromium();
    }

    @AfterAll
    static void stop() throws Exception {
        Browsers.quitAndClose(driver, portal);
    }

    @Test
    void searchFilterOpenClauseAndComeBack() throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(portal.base() + "/");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("security");
        driver.findElement(By.cssSelector(".search-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/search?q=security"));

        facet("country", "Netherlands").click();
        wait.until(ExpectedConditions.urlContains("country=NL"));
        facet("country", "Germany").click();
        wait.until(ExpectedConditions.urlContains("country=DE"));
        WebElement category = driver.findElement(By.xpath(
                "//section[@data-dim='standard']//summary[contains(., 'Email security')]"));
        category.click();
        facet("standard", "DMARC").click();
        wait.until(ExpectedConditions.urlContains("standard=dmarc"));

        String resultsUrl = driver.getCurrentUrl();
        // the stylesheet loaded under the CSP (the header's accent colour is applied)
        assertThat(driver.findElement(By.cssSelector(".site-header")).getCssValue("background-color"))
                .isEqualTo("rgba(18, 53, 99, 1)");
        assertThat(resultsUrl).contains("country=NL", "country=DE", "standard=dmarc");
        assertThat(chips()).containsExactly("Country: Netherlands", "Country: Germany", "Standard: DMARC");
        // The page lists exactly what the API reports for the same state (the JSON API shares the URL parameters).
        String query = resultsUrl.substring(resultsUrl.indexOf('?'));
        String json = portal.get("/api/search" + query).body();
        long total = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("total").asLong();
        assertThat(total).isPositive();
        assertThat(driver.findElements(By.cssSelector(".results-list > li"))).hasSize((int) Math.min(total, 10));
        screenshot("results.png");

        WebElement go = driver.findElement(By.cssSelector(".results-list .goto"));
        String target = go.getAttribute("href");
        go.click();
        wait.until(ExpectedConditions.urlContains("#clause-"));
        String anchor = target.substring(target.indexOf('#') + 1);
        WebElement clause = driver.findElement(By.id(anchor));
        assertThat(clause.getAttribute("class")).contains("match");
        assertThat(clause.findElement(By.tagName("mark")).getText()).isNotBlank();
        // JS enhancements are live (CSP allowed the script): copy-link buttons are revealed
        assertThat(driver.findElement(By.cssSelector(".copy-link")).isDisplayed()).isTrue();
        screenshot("document.png");

        driver.navigate().back();
        wait.until(ExpectedConditions.urlToBe(resultsUrl));
        assertThat(chips()).containsExactly("Country: Netherlands", "Country: Germany", "Standard: DMARC");
    }

    @Test
    void filtersCollapseOnSmallScreens() throws IOException {
        driver.manage().window().setSize(new Dimension(400, 900));
        try {
            driver.get(portal.base() + "/search?q=security&country=NL");
            WebElement filters = driver.findElement(By.cssSelector(".filters-disclosure"));
            assertThat(filters.getAttribute("open")).isNull();
            screenshot("results-small-screen.png");
            filters.findElement(By.tagName("summary")).click();
            assertThat(facet("country", "Netherlands").isDisplayed()).isTrue();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static WebElement facet(String dim, String label) {
        return driver.findElement(By.xpath("//section[@data-dim='" + dim + "']//a[contains(@class,'facet-link')]"
                + "[normalize-space(text())='" + label + "']"));
    }

    private static List<String> chips() {
        return driver.findElements(By.cssSelector(".chips .chip")).stream()
                .map(e -> e.getText().replace("×", "").replace("Remove filter:", "").strip()).toList();
    }

    private static void screenshot(String name) throws IOException {
        Browsers.screenshot(driver, name);
    }
}
