// Minimal types for the two libraries the heatmap benchmark compares with.
declare module 'simpleheat' {
  interface SimpleHeat {
    data(points: [number, number, number][]): SimpleHeat;
    radius(radius: number, blur?: number): SimpleHeat;
    draw(minOpacity?: number): SimpleHeat;
  }
  export default function simpleheat(canvas: HTMLCanvasElement): SimpleHeat;
}

declare module 'heatmap.js' {
  interface HeatmapInstance {
    setData(data: {
      max: number;
      min: number;
      data: { x: number; y: number; value: number }[];
    }): void;
  }
  const h337: {
    create(config: {
      container: HTMLElement;
      radius?: number;
      blur?: number;
    }): HeatmapInstance;
  };
  export default h337;
}
