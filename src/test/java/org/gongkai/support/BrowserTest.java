package org.gongkai.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * An {@link IntegrationTest} driven through Chromium: before each test its {@link Browser} field
 * gets a fresh browser on the application's port, with screenshots under {@code
 * target/screenshots/<class>/<test>/}, and after the test the browser is closed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest
@ExtendWith(BrowserTest.OpensTheBrowser.class)
public @interface BrowserTest {

  /** Sets the test's {@link Browser} field before each test and closes it afterwards. */
  final class OpensTheBrowser implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
      int port =
          SpringExtension.getApplicationContext(context)
              .getEnvironment()
              .getRequiredProperty("local.server.port", Integer.class);
      Browser browser =
          Browser.open(
              port,
              context.getRequiredTestClass().getSimpleName()
                  + "/"
                  + context.getRequiredTestMethod().getName());
      context.getStore(ExtensionContext.Namespace.GLOBAL).put(Browser.class, browser);
      Field field = browserField(context.getRequiredTestClass());
      field.setAccessible(true);
      field.set(context.getRequiredTestInstance(), browser);
    }

    @Override
    public void afterEach(ExtensionContext context) {
      Browser browser =
          context.getStore(ExtensionContext.Namespace.GLOBAL).remove(Browser.class, Browser.class);
      if (browser != null) {
        browser.close();
      }
    }

    private static Field browserField(Class<?> type) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.getType() == Browser.class) {
            return field;
          }
        }
      }
      throw new IllegalStateException(type.getSimpleName() + " has no Browser field");
    }
  }
}
