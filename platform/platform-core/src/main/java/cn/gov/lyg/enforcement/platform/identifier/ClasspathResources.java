package cn.gov.lyg.enforcement.platform.identifier;

import java.net.URL;

/** Finds the data files shipped in this package. */
final class ClasspathResources {

  private ClasspathResources() {
  }

  static URL get(String name) {
    URL url = ClasspathResources.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("classpath resource missing: " + name);
    }
    return url;
  }
}
